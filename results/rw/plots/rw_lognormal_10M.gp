# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	1.353	0.549325	1.57976
0.79	1.243	0.634963	1.50725
1.79	1.188	0.603412	1.47096
2.79	1.207	0.561848	1.39893
3.79	0.729	0.481241	0.828367
4.79	1.155	1.00184	1.33741
5.79	1.546	1.18218	1.99639
EOD
$d1 << EOD
-0.07	2.648	2.01032	4.3466
0.93	2.717	1.66071	3.88062
1.93	2.998	2.03825	3.75858
2.93	3.638	2.25126	4.20143
3.93	0.99	0.707298	1.21678
4.93	3.081	2.44321	3.88478
5.93	3.309	2.74018	3.93524
EOD
$d2 << EOD
0.07	2.766	1.74169	4.47682
1.07	2.32	1.98399	3.73346
2.07	2.323	1.2446	3.78596
3.07	2.299	2.20328	3.66012
4.07	0.783	0.567132	1.08111
5.07	2.272	1.58722	3.88969
6.07	3.17	1.65427	3.67993
EOD
$d3 << EOD
0.21	0.101	0.0661235	0.159506
1.21	0.101	0.0614366	0.155156
2.21	0.12	0.0829645	0.180915
3.21	0.167	0.107246	0.197234
4.21	0.028	0.0269417	0.0476865
5.21	0.098	0.0641045	0.148124
6.21	0.125	0.11309	0.155771
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0199568:6.0437]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
