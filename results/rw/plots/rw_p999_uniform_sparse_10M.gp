# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	23064	23064	23064
0.79	23714	23714	23714
1.79	24896	24896	24896
2.79	24967	24967	24967
3.79	26780	26780	26780
4.79	22873	22873	22873
5.79	23274	23274	23274
EOD
$d1 << EOD
-0.07	13105	13105	13105
0.93	16511	16511	16511
1.93	14097	14097	14097
2.93	870097	870097	870097
3.93	23435	23435	23435
4.93	10891	10891	10891
5.93	11411	11411	11411
EOD
$d2 << EOD
0.07	11622	11622	11622
1.07	11823	11823	11823
2.07	11863	11863	11863
3.07	13677	13677	13677
4.07	24827	24827	24827
5.07	15681	15681	15681
6.07	13857	13857	13857
EOD
$d3 << EOD
0.21	264771	264771	264771
1.21	67939	67939	67939
2.21	85081	85081	85081
3.21	53611	53611	53611
4.21	2.03429e+06	2.03429e+06	2.03429e+06
5.21	96383	96383	96383
6.21	92906	92906	92906
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [8067.41:2.74629e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
