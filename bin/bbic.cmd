@echo off
rem bbic: the openbbic command-line tool for Windows. Runs lib\bbic.jar of the unpacked
rem distribution this file is in (or bbic-cli\target\bbic.jar of a built checkout) with Java 17 or
rem newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
setlocal
set "BBIC_HOME=%~dp0.."
set "BBIC_JAR=%BBIC_HOME%\lib\bbic.jar"
set "BBIC_VERSION=unknown"
if exist "%BBIC_HOME%\lib\bbic.version" set /p BBIC_VERSION=<"%BBIC_HOME%\lib\bbic.version"
if not exist "%BBIC_JAR%" (
  set "BBIC_JAR=%BBIC_HOME%\bbic-cli\target\bbic.jar"
  set "BBIC_VERSION=checkout"
)
if not exist "%BBIC_JAR%" (
  echo bbic: bbic.jar is missing; in a checkout build it with mvnw -B -q install -DskipTests 1>&2
  exit /b 2
)
set "BBIC_JAVA=java"
if defined JAVA_HOME set "BBIC_JAVA=%JAVA_HOME%\bin\java.exe"

rem Quick start (see bin/bbic); BBIC_JAVA_OPTS comes after and wins.
set "BBIC_QUICK=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
set "BBIC_QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"

rem Class-data sharing: this user's archive, written by the first run of a command and used from
rem the second on; skipped silently when it cannot be written or does not fit the JVM.
set "BBIC_CDS="
set "BBIC_CACHE=%LOCALAPPDATA%\openbbic\bbic-%BBIC_VERSION%"
if not defined LOCALAPPDATA goto run
if exist "%BBIC_CACHE%\bbic.jsa" (
  set "BBIC_CDS=-XX:SharedArchiveFile=%BBIC_CACHE%\bbic.jsa -Xshare:auto %BBIC_QUIET%"
  goto run
)
set "BBIC_FIRST=%~1"
if "%BBIC_FIRST%"=="" goto run
if "%BBIC_FIRST:~0,1%"=="-" goto run
mkdir "%BBIC_CACHE%" 2>nul
if exist "%BBIC_CACHE%\" set "BBIC_CDS=-XX:ArchiveClassesAtExit=%BBIC_CACHE%\bbic.jsa %BBIC_QUIET%"

:run
"%BBIC_JAVA%" %BBIC_CDS% %BBIC_QUICK% %BBIC_JAVA_OPTS% -jar "%BBIC_JAR%" %*
exit /b %ERRORLEVEL%
