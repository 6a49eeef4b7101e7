#!/bin/sh
# Kept for old habits: the plots are drawn by plots/plot.py (see its header).
#   plots/plot.sh results/latest/bench.csv [OUTDIR]
exec python3 "$(dirname "$0")/plot.py" "$@"
