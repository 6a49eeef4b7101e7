# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	24567	24567	24567
0.79	25758	25758	25758
1.79	24106	24106	24106
2.79	24749	24749	24749
3.79	27834	27834	27834
4.79	23914	23914	23914
5.79	22394	22394	22394
EOD
$d1 << EOD
-0.07	12846	12846	12846
0.93	15059	15059	15059
1.93	15470	15470	15470
2.93	1.92641e+06	1.92641e+06	1.92641e+06
3.93	25599	25599	25599
4.93	15268	15268	15268
5.93	14428	14428	14428
EOD
$d2 << EOD
0.07	12574	12574	12574
1.07	15569	15569	15569
2.07	13375	13375	13375
3.07	13427	13427	13427
4.07	26811	26811	26811
5.07	12755	12755	12755
6.07	14919	14919	14919
EOD
$d3 << EOD
0.21	59151	59151	59151
1.21	86846	86846	86846
2.21	59914	59914	59914
3.21	53942	53942	53942
4.21	218214	218214	218214
5.21	64541	64541	64541
6.21	51567	51567	51567
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [9314.07:2.60065e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (10000, 20000, 50000, 100000, 200000, 500000, 1e+06, 2e+06)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
