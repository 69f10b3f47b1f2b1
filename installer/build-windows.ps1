<#
.SYNOPSIS
Builds the Windows installer of Care Journal: an .msi that carries its own Java runtime (made with
jlink), so users need no Java. It adds Care Journal to the Start menu and the desktop.

.DESCRIPTION
NOT RUN YET: written with care on Linux, where jpackage cannot make an .msi (it builds only for the
system it runs on). It does the steps of installer/build-linux.sh and installer/common.sh, which are
run and tested there: keep the two in step. Please report what fails.

The one command, in PowerShell from the checkout:

    powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

Output: target\installer\Care Journal-<version>.msi. Users double-click it; it installs into
Program Files (asking where, and for administrator rights), adds a "Care Journal" Start-menu folder
and a desktop shortcut, and is removed from Settings > Apps. A newer .msi replaces an older one in
place (the upgrade code below never changes). The journal stays in %APPDATA%\Care Journal\.

Prerequisites:
  - a JDK 17 or newer with jlink and jpackage (e.g. Temurin 17); JAVA_HOME picks one, else PATH's
  - Maven (mvn on PATH), only when target\care-journal.jar has to be built
  - WiX Toolset 3 (3.11 or 3.14; jpackage 17 does not use WiX 4 or later), its bin folder on PATH
    (candle.exe and light.exe)

.PARAMETER PerUser
Install for the current user only, into %LOCALAPPDATA%, without administrator rights.
#>
param([switch]$PerUser)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
Set-Location $root

$AppName = 'Care Journal'
$MainJar = 'care-journal.jar'
$MainClass = 'org.carejournal.app.Main'
$Description = 'A private journal for men living with metastatic prostate cancer and their caregivers'
$Out = 'target\installer'
$InputDir = "$Out\input"
$Runtime = "$Out\runtime"
# Windows finds an older installation by this code to upgrade it: never change it
$UpgradeUuid = 'b70d8a1f-4cde-4457-8dd8-be31bc31053a'
# JDK modules found by name at run time, which jdeps cannot see (see installer/common.sh)
$ExtraModules = @('jdk.localedata', 'jdk.charsets', 'jdk.zipfs')

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

# The JDK's bin folder: JAVA_HOME's when set, else the one whose jpackage is on PATH
if ($env:JAVA_HOME) {
    $jbin = Join-Path $env:JAVA_HOME 'bin'
} else {
    $found = Get-Command jpackage.exe -ErrorAction SilentlyContinue
    if (-not $found) { throw 'No JDK with jpackage found: install a JDK 17+ or set JAVA_HOME' }
    $jbin = Split-Path $found.Source
}
foreach ($tool in 'java', 'jdeps', 'jlink', 'jpackage') {
    if (-not (Test-Path (Join-Path $jbin "$tool.exe"))) { throw "$jbin has no $tool.exe: use a JDK 17+" }
}
foreach ($tool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool not found: install WiX Toolset 3 and put its bin folder on PATH"
    }
}

# The pom's version without -SNAPSHOT (MSI takes only numbers), or APP_VERSION when set
if ($env:APP_VERSION) {
    $version = $env:APP_VERSION
} else {
    [xml]$pom = Get-Content -Raw pom.xml
    $version = $pom.project.version -replace '-SNAPSHOT$', ''
}

# Build the jar when it is missing, older than the sources, or was built on another system
# (JavaFX's jars are per system: Windows needs the -win ones)
$jar = "target\$MainJar"
$why = $null
if (-not (Test-Path $jar)) {
    $why = "$jar is missing"
} else {
    $built = (Get-Item $jar).LastWriteTime
    $newer = Get-ChildItem -File -Recurse pom.xml, src\main |
        Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1
    if ($newer) {
        $why = "the sources are newer than $jar"
    } elseif (-not (Get-ChildItem 'target\lib\javafx-graphics-*-win.jar' -ErrorAction SilentlyContinue)) {
        $why = 'target\lib has no JavaFX for Windows'
    }
}
if ($why) {
    Write-Host "installer: $why; building it: mvn -q -B package -DskipTests"
    Invoke-Checked 'mvn' @('-q', '-B', 'package', '-DskipTests')
}

# jpackage copies all of --input into the app, so it gets the jar and its libraries only
if (Test-Path $InputDir) { Remove-Item -Recurse -Force $InputDir }
New-Item -ItemType Directory -Force $InputDir | Out-Null
Copy-Item $jar $InputDir
Copy-Item -Recurse 'target\lib' "$InputDir\lib"

# The JDK modules the jar and its libraries use. Named-module libraries need the others on the
# module path to resolve, so each jar is read on its own; JavaFX's platform-less jars are empty and
# would clash with the platform ones of the same module name, so they stay off it.
$modulePath = Join-Path ([IO.Path]::GetTempPath()) ("care-journal-jdeps-" + [guid]::NewGuid())
New-Item -ItemType Directory $modulePath | Out-Null
try {
    Get-ChildItem "$InputDir\lib\*.jar" |
        Where-Object { $_.Name -notmatch '^javafx-[a-z]+-[0-9.]+\.jar$' } |
        Copy-Item -Destination $modulePath
    $jdeps = Join-Path $jbin 'jdeps.exe'
    $common = @('-q', '--multi-release', '17', '--ignore-missing-deps', '--print-module-deps')
    $deps = @()
    $deps += & $jdeps @common --class-path "$modulePath\*" "$InputDir\$MainJar"
    if ($LASTEXITCODE -ne 0) { throw "jdeps failed on $MainJar" }
    foreach ($lib in Get-ChildItem "$modulePath\*.jar") {
        $deps += & $jdeps @common --module-path $modulePath $lib.FullName
        if ($LASTEXITCODE -ne 0) { throw "jdeps failed on $($lib.Name)" }
    }
} finally {
    Remove-Item -Recurse -Force $modulePath
}
$jdkModules = & (Join-Path $jbin 'java.exe') --list-modules | ForEach-Object { ($_ -split '@')[0] }
$modules = (($deps -join ',') -split ',') + $ExtraModules |
    ForEach-Object { $_.Trim() } |
    Where-Object { $_ -and ($jdkModules -contains $_) } |
    Sort-Object -Unique
$moduleList = $modules -join ','

Write-Host "installer: jlink --add-modules $moduleList"
if (Test-Path $Runtime) { Remove-Item -Recurse -Force $Runtime }
Invoke-Checked (Join-Path $jbin 'jlink.exe') @(
    '--add-modules', $moduleList, '--strip-debug', '--no-header-files', '--no-man-pages',
    '--compress=2', '--output', $Runtime)

Get-ChildItem "$Out\*.msi" -ErrorAction SilentlyContinue | Remove-Item
$jpackageArgs = @(
    '--type', 'msi',
    '--name', $AppName,
    '--app-version', $version,
    '--description', $Description,
    '--vendor', 'Care Journal',
    '--copyright', 'Care Journal contributors',
    '--input', $InputDir,
    '--main-jar', $MainJar,
    '--main-class', $MainClass,
    '--runtime-image', $Runtime,
    '--dest', $Out,
    '--icon', 'assets\icon\care-journal.ico',
    '--win-menu', '--win-menu-group', $AppName,
    '--win-shortcut',
    '--win-dir-chooser',
    '--win-upgrade-uuid', $UpgradeUuid)
if ($PerUser) { $jpackageArgs += '--win-per-user-install' }
Write-Host 'installer: jpackage --type msi'
Invoke-Checked (Join-Path $jbin 'jpackage.exe') $jpackageArgs

Get-ChildItem "$Out\*.msi"
