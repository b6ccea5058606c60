@echo off
rem The validator's command line on Windows, with the JVM settings bin/scorecard uses (see the
rem README, Performance): a 512 MB heap ceiling, the client compiler only in one thread, the
rem serial collector, and an application class-data archive made on the first run after each
rem build. Usage: bin\scorecard check|rate|compare|dump|rules ... (as java -jar).
rem No parenthesised blocks around paths or exit codes: cmd expands %VARS% in a block before it
rem runs, and a path under "Program Files (x86)" would close the block early.
setlocal
set "jar=%SCORECARD_JAR%"
if "%jar%"=="" set "jar=%~dp0..\validator\target\scorecard-validator.jar"
if exist "%jar%" goto :found
echo scorecard: %jar% not found; build it first with: mvn -B -ntp package -DskipTests 1>&2
exit /b 2
:found
rem The archive is named after the jar's size and time, so a rebuilt jar never reads an archive
rem made for the one before it (batch has no "newer than" test, and the JVM would quietly skip
rem a stale archive, losing the speed-up for good).
for %%J in ("%jar%") do set "stamp=%%~zJ-%%~tJ"
set "stamp=%stamp:/=%"
set "stamp=%stamp::=%"
set "stamp=%stamp: =%"
set "stamp=%stamp:.=%"
set "base=%jar:~0,-4%"
set "jsa=%base%-%stamp%.jsa"
set opts=-Xmx512m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:cds=off -Xlog:cds+dynamic=off
if not exist "%jsa%" goto :first
java -XX:SharedArchiveFile="%jsa%" %opts% -cp "%jar%" uk.scorecard.cli.Main %*
exit /b %ERRORLEVEL%
:first
rem No archive for this build yet: this run writes one, under a temporary name so that a run
rem alongside never reads half of it; archives of earlier builds are removed.
del /q "%base%-*.jsa" 2>nul
set "part=%jsa%.%RANDOM%"
java -XX:ArchiveClassesAtExit="%part%" %opts% -cp "%jar%" uk.scorecard.cli.Main %*
set code=%ERRORLEVEL%
if exist "%part%" move /y "%part%" "%jsa%" >nul 2>nul
exit /b %code%
