"""thinc for the redact bundle: replaces the contributed hook, which also collects thinc's tests and
sources (Cython). Its CUDA kernel sources stay: thinc reads them when it is imported."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = collect_data_files("thinc", excludes=["tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi"])
