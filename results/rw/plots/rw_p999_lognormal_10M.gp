# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	23094	23094	23094
0.666667	24497	24497	24497
1.66667	23856	23856	23856
2.66667	24397	24397	24397
3.66667	27434	27434	27434
4.66667	21071	21071	21071
5.66667	14148	14148	14148
EOD
$d1 << EOD
-0.2	4199	4199	4199
0.8	7285	7285	7285
1.8	10321	10321	10321
2.8	827247	827247	827247
3.8	24135	24135	24135
4.8	9266	9266	9266
5.8	10158	10158	10158
EOD
$d2 << EOD
-0.0666667	3976	3976	3976
0.933333	1382	1382	1382
1.93333	3186	3186	3186
2.93333	4278	4278	4278
3.93333	25920	25920	25920
4.93333	1454	1454	1454
5.93333	16020	16020	16020
EOD
$d3 << EOD
0.0666667	46429	46429	46429
1.06667	53022	53022	53022
2.06667	49815	49815	49815
3.06667	44876	44876	44876
4.06667	101332	101332	101332
5.06667	55046	55046	55046
6.06667	48361	48361	48361
EOD
$d4 << EOD
0.2	13226	13226	13226
1.2	14848	14848	14848
2.2	16463	16463	16463
3.2	14808	14808	14808
4.2	23566	23566	23566
5.2	13005	13005	13005
6.2	15391	15391	15391
EOD
$d5 << EOD
0.333333	22132	22132	22132
1.33333	25870	25870	25870
2.33333	28064	28064	28064
3.33333	27483	27483	27483
4.33333	47290	47290	47290
6.33333	26773	26773	26773
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [1023.7:1.11678e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
