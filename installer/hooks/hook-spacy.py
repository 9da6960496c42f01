"""spaCy for the redact bundle: replaces the contributed hook, which collects every language.

spaCy imports a language's code only when a pipeline of that language is made; the app makes
Danish ones (Norwegian and Swedish are planned), so the other ~70 languages stay out. The spec adds
spacy.lang.da/nb/sv as hidden imports.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) >= 2 and parts[1] == "tests":
        return False
    # spacy.lang.<code> packages are languages; the modules directly in spacy.lang are shared.
    return not (len(parts) >= 3 and parts[1] == "lang" and parts[2] not in _SHARED)


_SHARED = {"char_classes", "lex_attrs", "norm_exceptions", "punctuation", "tokenizer_exceptions"}

hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = collect_data_files("spacy", excludes=["lang/**", "tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi"])
