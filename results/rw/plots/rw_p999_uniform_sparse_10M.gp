# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	21470	21470	21470
0.79	23515	23515	23515
1.79	25378	25378	25378
2.79	24967	24967	24967
3.79	26190	26190	26190
4.79	23675	23675	23675
5.79	23484	23484	23484
EOD
$d1 << EOD
-0.07	14848	14848	14848
0.93	12985	12985	12985
1.93	16892	16892	16892
2.93	1.7708e+06	1.7708e+06	1.7708e+06
3.93	21040	21040	21040
4.93	12613	12613	12613
5.93	12053	12053	12053
EOD
$d2 << EOD
0.07	13175	13175	13175
1.07	12373	12373	12373
2.07	12384	12384	12384
3.07	12884	12884	12884
4.07	25057	25057	25057
5.07	12223	12223	12223
6.07	14858	14858	14858
EOD
$d3 << EOD
0.21	4.07352e+06	4.07352e+06	4.07352e+06
1.21	4.03714e+06	4.03714e+06	4.03714e+06
2.21	271463	271463	271463
3.21	2.61756e+06	2.61756e+06	2.61756e+06
4.21	4.12103e+06	4.12103e+06	4.12103e+06
5.21	161306	161306	161306
6.21	3.18336e+06	3.18336e+06	3.18336e+06
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 8b71512f9a07 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T23:19:17Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [8928.15:5.56339e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
