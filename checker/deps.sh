#!/bin/sh
# deps.sh - make sure the libraries factlint builds with are installed. Arguments are pairs
# "pkg-config-name:debian-package"; a name ending in ".h" (a library without a pkg-config file, such as
# libstemmer) is found by its header in the compiler's include path instead. Missing ones are installed
# with apt-get (as root directly, through sudo otherwise); when that is not possible the exact command to
# run is printed and the status is 1.
missing=""
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"
for pair in "$@"; do
    pc=${pair%%:*}
    deb=${pair#*:}
    case $pc in
    *.h)
        # the header, as the compiler finds it
        if printf '#include <%s>\n' "$pc" | ${CC:-cc} -E -x c - >/dev/null 2>&1; then continue; fi
        case " $missing " in *" $deb "*) ;; *) missing="$missing $deb" ;; esac
        continue
        ;;
    esac
    if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists "$pc" 2>/dev/null; then
        case " $missing " in *" $deb "*) ;; *) missing="$missing $deb" ;; esac
    fi
done
missing=$(echo $missing)
[ -z "$missing" ] && exit 0

cmd="apt-get update && apt-get install -y $missing"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "factlint: missing libraries: $missing (Debian package names); install them with your package manager" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "factlint: missing libraries: $missing" >&2
    echo "factlint: run: sudo sh -c '$cmd'" >&2
    exit 1
fi
echo "factlint: installing missing libraries with apt-get: $missing" >&2
if $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2; then
    echo "factlint: installed $missing" >&2
    exit 0
fi
echo "factlint: apt-get failed; run: sudo sh -c '$cmd'" >&2
exit 1
