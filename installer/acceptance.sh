#!/usr/bin/env bash
# Acceptance of the shipped app, as a black box: runs the installed Hearth's own launcher (never target/classes) in
# command-line mode on a fresh data folder, imports a realistic case (src/test/resources/acceptance/family-case.json:
# a family with members who read Arabic, Polish and Turkish, names in those scripts, emoji), makes every handout kind
# in all seven languages, plain and discreet, and one side-by-side pair with Arabic, and reads each PDF back
# (src/test/java/org/hearth/shipped/HandoutCheck.java with PDFBox): every font embedded, no stand-in font, each
# handout's title in its language, the case's own words in every script exactly, no giveaway title when discreet.
# Then, where a display can be had (DISPLAY or xvfb-run), it starts the app's window and keeps a screenshot.
#
# Usage: installer/acceptance.sh LAUNCHER [OUT_DIR]
#   LAUNCHER  e.g. target/installer/Hearth/bin/Hearth, /opt/hearth/bin/Hearth, Hearth.exe, Hearth.app/Contents/MacOS/Hearth
#   OUT_DIR   where the PDFs, the checker's manifest and the screenshot go (default target/acceptance)
# Environment: HEARTH_ACCEPTANCE_WINDOW=0 skips the window check.
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:?usage: installer/acceptance.sh LAUNCHER [OUT_DIR]}"
out="${2:-target/acceptance}"
fail() { echo "acceptance: FAILED: $*" >&2; exit 1; }
[[ -x "$app" ]] || fail "no launcher $app"
case_file=src/test/resources/acceptance/family-case.json
rm -rf "$out"
mkdir -p "$out/pdf"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$data/home"

# Only the app's own runtime: on Linux an empty environment (no Java on the PATH, no JAVA_HOME).
run() {
    if [[ "$(uname -s)" == Linux* ]]; then
        env -i PATH=/usr/bin:/bin HOME="$data/home" LANG=C.UTF-8 HEARTH_HOME="$data/hearth" \
            HEARTH_PASSPHRASE="acceptance-passphrase" "$app" "$@"
    else
        HEARTH_HOME="$data/hearth" HEARTH_PASSPHRASE="acceptance-passphrase" JAVA_HOME= "$app" "$@"
    fi
}

started=$SECONDS
run init >/dev/null || fail "init exited with $?"
run import "$case_file" >/dev/null || fail "import of $case_file exited with $?"
run list | grep -q "ACC-001" || fail "list does not show the imported case ACC-001"
echo "acceptance: init, import and list work with $app"

languages=en,nl,de,fr,pl,tr,ar
manifest="$out/manifest.tsv"
: > "$manifest"
# handout KIND_CODE KIND_NAME FOLDER "TYPED|TEXTS" [handout options]: every language, plain and discreet
handout() {
    local code=$1 kind=$2 folder=$3 holds=$4
    shift 4
    for variant in plain discreet; do
        local flag=()
        [[ $variant == discreet ]] && flag=(--discreet)
        run handout ACC-001 --kind "$code" "$@" "${flag[@]}" --lang "$languages" -o "$out/pdf/$folder" >/dev/null \
            || fail "handout --kind $code $* $variant exited with $?"
        for lang in ${languages//,/ }; do
            local file="$out/pdf/$folder/$code-$lang${flag:+-discreet}.pdf"
            [[ -s "$file" ]] || fail "no $file"
            printf '%s\t%s\t%s\t%s\t%s\n' "$file" "$kind" "$lang" "$variant" "$holds" >> "$manifest"
        done
    done
}
# What each handout must carry of the case, exactly as typed (Arabic, Polish and Turkish letters, emoji).
mariam='مريم العمراني'
fatima='فاطمة العمراني'
agnieszka='Agnieszka Łęcka-Żółć'
ayse='Ayşe Yılmaz'
zeynep='Zeynep Çağlar-Wójcik'
handout safety-plan SAFETY_PLAN plan \
    "$mariam|$agnieszka|$fatima|القطة مريضة|Czy podlałaś już kwiatki?|Nie, padało całą noc.|Penceredeki mavi ayıcık 🧸|Lotte 💬 de Vries|🌻🌻"
handout home HOME_AGREEMENTS home "Kamil Wójcik|$zeynep|$mariam"
handout time-out TIME_OUT_CARD time-out ""
handout tips NETWORK_TIPS tips ""
handout map NETWORK_MAP map ""
handout member MEMBER_CARD member-fatima "$fatima|القطة مريضة" --member "$fatima"
handout member MEMBER_CARD member-agnieszka "$agnieszka|Czy podlałaś już kwiatki?|Nie, padało całą noc.|🌻🌻" \
    --member Agnieszka
handout member MEMBER_CARD member-ayse "$ayse|$zeynep" --member Ayşe
handout buddy BUDDY_CARD buddy "$mariam|naleśniki 🥞" --member 1
# one pair side by side: Arabic beside Dutch
run handout ACC-001 --kind member --member "$fatima" --lang ar --second-lang nl -o "$out/pdf/member-ar+nl.pdf" \
    >/dev/null || fail "the side-by-side member card exited with $?"
printf '%s\t%s\t%s\t%s\t%s\n' "$out/pdf/member-ar+nl.pdf" MEMBER_CARD ar,nl plain "$fatima|القطة مريضة" >> "$manifest"
echo "acceptance: $(wc -l < "$manifest") handouts made in $((SECONDS - started)) s"

# The checker: PDFBox from the build's own test dependencies.
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test.classpath" >/dev/null \
    || fail "cannot find the build's test dependencies"
sep=':'
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) sep=';' ;; esac
classpath=$(tr "$sep" '\n' < "$out/test.classpath" | grep -E 'pdfbox|fontbox|commons-logging' | paste -sd "$sep" -)
[[ -n "$classpath" ]] || fail "PDFBox is not in the build's test dependencies"
java -cp "$classpath" src/test/java/org/hearth/shipped/HandoutCheck.java src/main/resources/i18n "$manifest" \
    | tee "$out/check.log" | grep -v '^$' | tail -40
grep -q " 0 wrong$" "$out/check.log" || fail "handouts are wrong (see $out/check.log)"

# A picture of the first page of the safety plan in each language, and of the side-by-side card, to look at.
if command -v pdftoppm >/dev/null; then
    mkdir -p "$out/pages"
    for lang in ${languages//,/ }; do
        pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/pdf/plan/safety-plan-$lang.pdf" "$out/pages/safety-plan-$lang"
    done
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/pdf/member-ar+nl.pdf" "$out/pages/member-card-ar+nl"
    echo "acceptance: first pages in $out/pages"
fi

# The window: the app's first screen appears (needs a display; a screenshot is kept).
if [[ "${HEARTH_ACCEPTANCE_WINDOW:-1}" != 0 && "$(uname -s)" == Linux* ]]; then
    installer/first-window.sh "$app" "$out/first-window.png" || fail "the window did not appear"
fi
echo "acceptance: passed"
