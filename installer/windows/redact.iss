; Inno Setup 6 script for redact on Windows: a per-machine install of the PyInstaller bundle.
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\redact installer\windows\redact.iss
;
; Built and smoke-tested only by .github/workflows/windows.yml (a Windows runner); it has never
; been run on the development machine (Linux). See docs/deployment.md.
;
; Silent install (municipal deployment tools, as administrator):
;   redact-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\redact-install.log"
; Silent uninstall:
;   "C:\Program Files\redact\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\redact"
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{0BC8447E-95E2-4110-B978-D72F2A66AFF3}
AppName=redact
AppVerName=redact {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=redact developers
; Per machine, in Program Files, for every user; case handlers need no admin rights to use it.
PrivilegesRequired=admin
DefaultDirName={autopf}\redact
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
UninstallDisplayIcon={app}\redact-gui.exe
UninstallDisplayName=redact {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=redact-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder bundle: redact.exe (console: CLI, --selftest), redact-gui.exe (the app),
; and _internal\ with the model, resources and Tesseract data.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\redact – aktindsigt"; Filename: "{app}\redact-gui.exe"; Comment: "Redigering af dokumenter til aktindsigt"

[Registry]
; Case files (*.redact) open in the app, for every user of the machine.
Root: HKA; Subkey: "Software\Classes\.redact"; ValueType: string; ValueName: ""; ValueData: "redact.Sag"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.redact\OpenWithProgids"; ValueType: string; ValueName: "redact.Sag"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\redact.Sag"; ValueType: string; ValueName: ""; ValueData: "Sagsfil til aktindsigt (redact)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\redact.Sag\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\redact-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\redact.Sag\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\redact-gui.exe"" ""%1"""

[UninstallDelete]
; A model that IT replaced after installing (docs/deployment.md) is not in the installer's list.
Type: filesandordirs; Name: "{app}\_internal\models"
Type: dirifempty; Name: "{app}"
