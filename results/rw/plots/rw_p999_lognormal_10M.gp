# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	19499	19499	19499
0.666667	20678	20678	20678
1.66667	22203	22203	22203
2.66667	1925	1925	1925
3.66667	25189	25189	25189
4.66667	18826	18826	18826
5.66667	12124	12124	12124
EOD
$d1 << EOD
-0.2	2155	2155	2155
0.8	4259	4259	4259
1.8	4188	4188	4188
2.8	3848	3848	3848
3.8	9429	9429	9429
4.8	4439	4439	4439
5.8	3488	3488	3488
EOD
$d2 << EOD
-0.0666667	1084	1084	1084
0.933333	1264	1264	1264
1.93333	3707	3707	3707
2.93333	1333	1333	1333
3.93333	23756	23756	23756
4.93333	1163	1163	1163
5.93333	1154	1154	1154
EOD
$d3 << EOD
0.0666667	42781	42781	42781
1.06667	47922	47922	47922
2.06667	43484	43484	43484
3.06667	41039	41039	41039
4.06667	78449	78449	78449
5.06667	44706	44706	44706
6.06667	44395	44395	44395
EOD
$d4 << EOD
0.2	1183	1183	1183
1.2	1674	1674	1674
2.2	1784	1784	1784
3.2	3768	3768	3768
4.2	23565	23565	23565
5.2	1744	1744	1744
6.2	4789	4789	4789
EOD
$d5 << EOD
0.333333	15610	15610	15610
1.33333	24829	24829	24829
2.33333	26591	26591	26591
3.33333	27713	27713	27713
4.33333	47641	47641	47641
6.33333	25328	25328	25328
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen d7e9cb76177e | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T11:44:52Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [802.963:105906]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
