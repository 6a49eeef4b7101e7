# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.47	1.08287	1.6956
0.666667	1.368	0.995876	1.6146
1.66667	1.277	0.978624	1.44748
2.66667	1.235	1.03223	1.4212
3.66667	0.807	0.673639	0.911122
4.66667	1.379	1.08728	1.6012
5.66667	1.79	1.3551	2.26754
EOD
$d1 << EOD
-0.2	4.011	2.58582	4.41024
0.8	3.708	2.60408	3.94507
1.8	3.673	3.21041	4.04821
2.8	4.278	3.89002	4.54616
3.8	1.075	0.837712	1.2017
4.8	3.67	2.572	3.98281
5.8	3.622	2.72121	4.04091
EOD
$d2 << EOD
-0.0666667	6.536	4.10619	6.8956
0.933333	5.074	3.29259	5.62101
1.93333	4.332	2.53197	4.88093
2.93333	4.129	2.4594	4.89084
3.93333	1.146	0.939957	1.22578
4.93333	4.897	2.84602	5.58447
5.93333	4.484	3.32935	5.26222
EOD
$d3 << EOD
0.0666667	0.191	0.115977	0.207342
1.06667	0.16	0.1025	0.182818
2.06667	0.16	0.100029	0.178259
3.06667	0.174	0.110197	0.197574
4.06667	0.049	0.0284189	0.0530528
5.06667	0.135	0.0972705	0.16968
6.06667	0.174	0.119593	0.202748
EOD
$d4 << EOD
0.2	6.12	4.11303	6.9755
1.2	4.012	2.24848	4.85892
2.2	2.989	1.63968	3.75553
3.2	2.681	1.58162	3.26426
4.2	1.119	1.02676	1.42909
5.2	3.872	2.47351	4.64059
6.2	3.298	2.55477	4.93657
EOD
$d5 << EOD
0.333333	1.465	1.17195	1.82155
1.33333	0.953	0.730862	1.02055
2.33333	0.67	0.50089	0.810732
3.33333	0.655	0.49409	0.878393
4.33333	0.132	0.085992	0.144645
6.33333	1.009	0.582291	1.26387
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.021051:9.41692]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
