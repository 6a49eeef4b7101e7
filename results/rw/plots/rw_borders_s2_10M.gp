# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.52	1.28788	1.7996
0.666667	1.406	1.19292	1.79248
1.66667	1.25	1.09146	1.55204
2.66667	1.264	1.04095	1.43584
3.66667	0.841	0.693358	0.889264
4.66667	1.264	1.1138	1.56845
5.66667	1.349	1.30076	1.92124
EOD
$d1 << EOD
-0.2	3.031	2.54622	4.00633
0.8	3.089	2.99935	4.26729
1.8	5.331	5.02268	6.59705
2.8	8.518	7.88165	9.57543
3.8	1.2	0.959092	1.49185
4.8	3.436	2.70629	4.08405
5.8	3.139	2.60749	4.30041
EOD
$d2 << EOD
-0.0666667	2.011	1.46214	2.36994
0.933333	1.328	1.04754	1.64444
1.93333	0.988	0.884445	1.12741
2.93333	0.95	0.776421	1.1149
3.93333	0.728	0.615648	0.74978
4.93333	1.374	1.02899	1.67592
5.93333	1.688	1.29143	1.98222
EOD
$d3 << EOD
0.0666667	0.19	0.123501	0.202116
1.06667	0.183	0.138978	0.197824
2.06667	0.211	0.157769	0.240455
3.06667	0.28	0.18233	0.305726
4.06667	0.062	0.035477	0.0624514
5.06667	0.182	0.124138	0.206342
6.06667	0.21	0.138427	0.227507
EOD
$d4 << EOD
0.2	1.578	1.05653	2.1476
1.2	1.3	0.799157	1.59408
2.2	0.967	0.657613	1.15406
3.2	0.894	0.627582	1.07016
4.2	0.528	0.44768	0.583615
5.2	1.313	0.819373	1.60128
6.2	1.483	0.968196	1.80311
EOD
$d5 << EOD
0.333333	0.866	0.536771	1.10989
1.33333	0.616	0.4651	0.647348
2.33333	0.47	0.403288	0.4855
3.33333	0.438	0.408312	0.46169
4.33333	0.086	0.0746907	0.0880993
6.33333	0.832	0.723474	0.934651
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0262793:12.9268]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
