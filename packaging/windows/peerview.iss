; Inno Setup 6 script: Peerview for Windows, installed per user (no administrator needed).
;
; Build the one-folder app first (python packaging\build.py, which also runs this when
; iscc is on PATH), then:   iscc /DAppVersion=0.1.0 packaging\windows\peerview.iss
; The version comes from app\version.py: build.py passes it; the default below is checked
; against it by tests/packaging/test_packaging_files.py.
;
; Silent install for IT (per user):   Peerview-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; For every user of the machine (run elevated): add /ALLUSERS
; Silent uninstall: "%LOCALAPPDATA%\Programs\Peerview\unins000.exe" /VERYSILENT
; Reviews live in %LOCALAPPDATA%\Peerview (or PEERVIEW_DATA_DIR) and survive uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Peerview"
#define AppId "org.peerview.Peerview"
#define AppExe "Peerview.exe"
#define BuildDir "..\..\dist\Peerview"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Peerview contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default: installs into %LOCALAPPDATA%\Programs\Peerview without elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=peerview.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesEnvironment=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the data folder is the school's and is never removed.
Type: filesandordirs; Name: "{app}\_internal"
