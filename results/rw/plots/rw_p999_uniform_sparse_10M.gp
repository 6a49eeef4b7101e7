# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	23856	23856	23856
0.666667	24727	24727	24727
1.66667	23135	23135	23135
2.66667	25008	25008	25008
3.66667	27543	27543	27543
4.66667	24718	24718	24718
5.66667	22263	22263	22263
EOD
$d1 << EOD
-0.2	4430	4430	4430
0.8	12345	12345	12345
1.8	4579	4579	4579
2.8	4039	4039	4039
3.8	10160	10160	10160
4.8	4379	4379	4379
5.8	4239	4239	4239
EOD
$d2 << EOD
-0.0666667	3888	3888	3888
0.933333	1113	1113	1113
1.93333	1645	1645	1645
2.93333	1273	1273	1273
3.93333	25610	25610	25610
4.93333	1133	1133	1133
5.93333	3467	3467	3467
EOD
$d3 << EOD
0.0666667	52881	52881	52881
1.06667	53481	53481	53481
2.06667	53272	53272	53272
3.06667	41670	41670	41670
4.06667	85881	85881	85881
5.06667	50375	50375	50375
6.06667	45026	45026	45026
EOD
$d4 << EOD
0.2	1012	1012	1012
1.2	1093	1093	1093
2.2	1463	1463	1463
3.2	2115	2115	2115
4.2	17024	17024	17024
5.2	1464	1464	1464
6.2	3518	3518	3518
EOD
$d5 << EOD
0.333333	27233	27233	27233
1.33333	30680	30680	30680
2.33333	34715	34715	34715
3.33333	39496	39496	39496
4.33333	61207	61207	61207
6.33333	34173	34173	34173
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 92d80755a507 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:12:03Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [749.63:115939]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
