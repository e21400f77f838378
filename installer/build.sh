#!/usr/bin/env bash
# Builds Hearth's installer for the operating system this runs on, with jpackage from the JDK:
#   Linux:   target/installer/Hearth/ (app image) and target/installer/hearth_<version>_<arch>.deb
#   Windows: target/installer/Hearth-<version>.msi  (per-user, no admin rights; needs WiX 3 on the PATH)
#   macOS:   target/installer/Hearth.app and target/installer/Hearth-<version>.dmg
# Each carries its own Java runtime, jlinked with only the modules Hearth needs.
#
# Normally run by `./mvnw -Pinstaller package`. By hand:
#   ./mvnw -DskipTests package && installer/build.sh 0.1.0-SNAPSHOT
# What ships is Hearth's own jar and every runtime dependency jar as it is (target/lib, made by `package`): nothing is
# merged, so no resource that several jars contribute (JasperReports' extension files, META-INF/services) is lost.
#
# Optional environment:
#   HEARTH_INSTALLER_TYPES  which packages to make (default: Linux "app-image deb", Windows "msi", macOS "dmg")
#   HEARTH_MAC_SIGN_IDENTITY  "Developer ID Application: …" to sign the .app and .dmg (keychain set up by the caller)
#   HEARTH_WIN_SIGN_COMMAND   a command run with the path of Hearth.exe before the MSI is made (e.g. a signtool call)
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
if [[ -z "$version" ]]; then
    version=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | sed -n 1p)   # the project's own version
fi
# jpackage wants one to three numbers: 0.1.0-SNAPSHOT -> 0.1.0
app_version="${version%%[-+]*}"
if ! [[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "build.sh: cannot make a numeric installer version from '$version'" >&2
    exit 2
fi

case "$(uname -s)" in
    Linux*) os=linux ;;
    Darwin*) os=macos ;;
    MINGW*|MSYS*|CYGWIN*|Windows_NT) os=windows ;;
    *) echo "build.sh: unknown operating system $(uname -s)" >&2; exit 2 ;;
esac

# The JDK's tools: from JAVA_HOME if set, else from the PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then
    tool() { if [[ -x "$JAVA_HOME/bin/$1" || -x "$JAVA_HOME/bin/$1.exe" ]]; then echo "$JAVA_HOME/bin/$1"; else echo "$1"; fi; }
else
    tool() { echo "$1"; }
fi
JDEPS=$(tool jdeps)
JLINK=$(tool jlink)
JPACKAGE=$(tool jpackage)

out=target/installer
work=target/installer-work
own_jar="target/hearth-$version.jar"
merged_jar=target/hearth.jar   # only read by jdeps, to find the Java modules the classes use
for needed in "$own_jar" "$merged_jar" target/lib; do
    [[ -e "$needed" ]] || { echo "build.sh: $needed is missing; run ./mvnw -DskipTests package first" >&2; exit 2; }
done
rm -rf "$out" "$work"
mkdir -p "$out" "$work/input"
cp "$own_jar" "$work/input/hearth.jar"
cp target/lib/*.jar "$work/input/"

# 1. The runtime: the modules jdeps finds, plus those Hearth loads by name at run time (jdeps cannot see them):
#    elliptic-curve TLS for PostgreSQL, locale data for Dutch and other date formats, JNDI and JMX used by Hibernate,
#    zip file system (Flyway scans migrations in the jar), sun.misc.Unsafe, XML for JasperReports and Hibernate.
echo "build.sh: finding the Java modules Hearth needs"
modules=$("$JDEPS" -q --multi-release 17 --ignore-missing-deps --print-module-deps "$merged_jar" | tr -d '\r' | tail -1)
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,java.naming,java.sql,java.xml,java.desktop"
modules="$modules,java.management,jdk.unsupported,java.security.jgss"
# jdeps also lists modules that only library code Hearth never runs refers to; they are left out (each checked by
# running Hearth's flows on the runtime without it: installer/smoke-test.sh and installer/acceptance.sh):
#   java.compiler        H2's source-code triggers and JAXB's annotation processing (handouts are compiled at build)
#   java.instrument      byte-buddy's and H2's Java agents (Hearth starts none)
#   java.rmi             the remote exceptions of JTA (Hearth's transactions are JDBC's own)
#   java.scripting       JavaFX's FXML scripts and H2's script triggers (neither is used)
#   java.sql.rowset      JasperReports' ResultSet data sources (handouts are filled from Hearth's own objects)
#   jdk.jfr              JavaFX's flight-recorder pulse logger (off unless asked for)
#   jdk.net              H2's socket options for its TCP server (Hearth runs H2 embedded)
#   jdk.unsupported.desktop  JavaFX's Swing interop for JFXPanel and SwingNode (Hearth uses only SwingFXUtils)
# java.security.jgss stays: the PostgreSQL driver's connection code refers to it (GSS authentication).
unused=" java.compiler java.instrument java.rmi java.scripting java.sql.rowset jdk.jfr jdk.net jdk.unsupported.desktop "
kept=()
IFS=, read -ra listed <<<"$modules"
for module in "${listed[@]}"; do
    [[ "$unused" == *" $module "* || " ${kept[*]} " == *" $module "* ]] || kept+=("$module")
done
modules=$(IFS=,; echo "${kept[*]}")
echo "build.sh: modules $modules"
# Locale data only for the languages Hearth speaks (interface and handouts); other locales fall back to English.
"$JLINK" --add-modules "$modules" --output "$work/runtime" --include-locales=en,nl,de,fr,pl,tr,ar \
    --strip-debug --no-man-pages --no-header-files --compress=2
# No class-data archive of the JDK classes is shipped: the launcher names lib/app/hearth.jsa (below), and while that
# is missing the JVM maps no archive at all, so a 12 MB base archive would never be used (checked with -Xlog:cds).
# installer/create-cds-archive.sh makes both archives on the machine where Hearth is installed.
if [[ "$os" == linux ]] && command -v strip >/dev/null; then
    # the JDK's native libraries carry symbol tables the JVM never reads (libjvm.so: 24 MB -> 20 MB)
    find "$work/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

common=(
    --name Hearth
    --app-version "$app_version"
    --vendor "Hearth"
    --description "Safety plans, network maps and home agreements for family-support workers"
    --copyright "Hearth contributors"
)
image_options=(
    --input "$work/input"
    --main-jar hearth.jar
    --main-class org.hearth.app.Launcher
    --runtime-image "$work/runtime"
    # Class-data sharing: uses lib/app/hearth.jsa if installer/create-cds-archive.sh made one; without it the JVM
    # starts as usual (checked: no message, no failure). See docs/decisions/0004-installers.md.
    --java-options "-Xshare:auto"
    --java-options '-XX:SharedArchiveFile=$APPDIR/hearth.jsa'
    --dest "$out"
)

case "$os" in
linux)
    types="${HEARTH_INSTALLER_TYPES:-app-image deb}"
    echo "build.sh: jpackage app image"
    "$JPACKAGE" --type app-image "${common[@]}" "${image_options[@]}" --icon assets/icon/png/hearth-256.png
    if [[ " $types " == *" deb "* ]]; then
        echo "build.sh: jpackage .deb"
        "$JPACKAGE" --type deb "${common[@]}" --app-image "$out/Hearth" --dest "$out" \
            --resource-dir installer/linux \
            --icon assets/icon/png/hearth-256.png \
            --linux-package-name hearth \
            --linux-app-category utils \
            --linux-menu-group "Office;Utility" \
            --linux-shortcut \
            --linux-package-deps "libgtk-3-0"
    fi
    ;;
windows)
    types="${HEARTH_INSTALLER_TYPES:-msi}"
    echo "build.sh: jpackage app image"
    "$JPACKAGE" --type app-image "${common[@]}" "${image_options[@]}" --icon assets/icon/hearth.ico \
        --add-launcher hearth-cli=installer/windows/hearth-cli.properties
    if [[ -n "${HEARTH_WIN_SIGN_COMMAND:-}" ]]; then
        echo "build.sh: signing Hearth.exe"
        $HEARTH_WIN_SIGN_COMMAND "$out/Hearth/Hearth.exe"
    fi
    if [[ " $types " == *" msi "* ]]; then
        echo "build.sh: jpackage .msi"
        # The upgrade code never changes: a newer MSI replaces the installed version in place. Per user, the
        # program goes to %LOCALAPPDATA%\Programs\Hearth (Windows' place for per-user programs), apart from the
        # data folder %LOCALAPPDATA%\Hearth, so upgrades and uninstalls never touch the data.
        "$JPACKAGE" --type msi "${common[@]}" --app-image "$out/Hearth" --dest "$out" \
            --resource-dir installer/windows \
            --win-per-user-install \
            --install-dir 'Programs\Hearth' \
            --win-menu --win-menu-group Hearth \
            --win-shortcut \
            --win-dir-chooser \
            --win-upgrade-uuid 6f1c9a4e-3b1d-4c7e-9a52-4e8f0d2b7c31
    fi
    ;;
macos)
    types="${HEARTH_INSTALLER_TYPES:-dmg}"
    # jpackage (JDK 17) refuses a bundle version whose first number is 0; macOS itself accepts it. While Hearth is
    # 0.x the .app is built as 1.x and its Info.plist is then set to the real version.
    mac_version="$app_version"
    if [[ "$app_version" == 0* ]]; then
        mac_version="1${app_version#0}"
    fi
    echo "build.sh: jpackage .app"
    "$JPACKAGE" --type app-image "${common[@]/$app_version/$mac_version}" "${image_options[@]}" \
        --icon assets/icon/hearth.icns \
        --mac-package-name Hearth \
        --mac-package-identifier org.hearth.Hearth
    plist="$out/Hearth.app/Contents/Info.plist"
    /usr/libexec/PlistBuddy -c "Set :CFBundleShortVersionString $app_version" "$plist"
    /usr/libexec/PlistBuddy -c "Set :CFBundleVersion $app_version" "$plist"
    if [[ -n "${HEARTH_MAC_SIGN_IDENTITY:-}" ]]; then
        echo "build.sh: signing Hearth.app"
        # inside out: the runtime's and JavaFX's native libraries are signed by --deep; hardened runtime for
        # notarisation, with the entitlements a JVM needs
        codesign --force --deep --timestamp --options runtime \
            --entitlements installer/macos/entitlements.plist \
            --sign "$HEARTH_MAC_SIGN_IDENTITY" "$out/Hearth.app"
    fi
    if [[ " $types " == *" dmg "* ]]; then
        echo "build.sh: jpackage .dmg"
        "$JPACKAGE" --type dmg "${common[@]/$app_version/$mac_version}" --app-image "$out/Hearth.app" --dest "$out" \
            --resource-dir installer/macos \
            --mac-package-name Hearth \
            --mac-package-identifier org.hearth.Hearth
        if [[ "$mac_version" != "$app_version" ]]; then
            mv "$out/Hearth-$mac_version.dmg" "$out/Hearth-$app_version.dmg"
        fi
        if [[ -n "${HEARTH_MAC_SIGN_IDENTITY:-}" ]]; then
            codesign --force --timestamp --sign "$HEARTH_MAC_SIGN_IDENTITY" "$out/Hearth-$app_version.dmg"
        fi
    fi
    ;;
esac

echo "build.sh: done"
ls -l "$out"
