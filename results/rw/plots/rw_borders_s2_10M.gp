# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.559	1.4268	1.61814
0.666667	1.439	1.31021	1.48405
1.66667	1.288	1.2335	1.40326
2.66667	1.245	1.20859	1.34588
3.66667	0.807	0.775499	0.852742
4.66667	1.436	1.3217	1.52649
5.66667	1.787	1.58224	1.99787
EOD
$d1 << EOD
-0.2	3.257	2.70075	3.43855
0.8	3.267	3.1188	3.35597
1.8	3.611	3.57518	3.7405
2.8	4.292	4.23343	4.60223
3.8	0.923	0.873911	1.02715
4.8	3.19	3.0277	3.38781
5.8	3.214	3.11166	3.56303
EOD
$d2 << EOD
-0.0666667	2.227	2.09007	2.33673
0.933333	1.553	1.45523	1.60442
1.93333	1.125	1.10409	1.26269
2.93333	1.02	0.961729	1.13877
3.93333	0.803	0.752534	0.897826
4.93333	1.46	1.34457	1.83265
5.93333	1.866	1.81834	2.18319
EOD
$d3 << EOD
0.0666667	0.181	0.173978	0.203584
1.06667	0.16	0.153116	0.169075
2.06667	0.169	0.156441	0.174708
3.06667	0.182	0.130104	0.189515
4.06667	0.051	0.0312941	0.0531505
5.06667	0.155	0.115459	0.166585
6.06667	0.179	0.170818	0.185238
EOD
$d4 << EOD
0.2	2.032	1.93631	2.28045
1.2	1.481	1.419	1.8289
2.2	1.167	1.02766	1.21914
3.2	1.076	1.01061	1.21828
4.2	0.613	0.608883	0.734553
5.2	1.444	1.32833	1.64302
6.2	1.803	1.64344	1.95782
EOD
$d5 << EOD
0.333333	0.931	0.894414	1.12844
1.33333	0.649	0.590736	0.735639
2.33333	0.482	0.462107	0.558539
3.33333	0.45	0.407461	0.503184
4.33333	0.084	0.0825671	0.0875387
6.33333	0.841	0.670919	0.866119
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 28520abf2478 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T09:13:27Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0231808:6.21301]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
