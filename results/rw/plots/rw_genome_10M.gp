# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.527	1.41816	1.60714
0.666667	1.402	1.31708	1.48887
1.66667	1.276	0.950527	1.31885
2.66667	1.276	1.09938	1.29191
3.66667	0.794	0.782021	0.834665
4.66667	1.365	1.26581	1.49114
5.66667	1.358	1.34538	1.54651
EOD
$d1 << EOD
-0.2	3.634	3.50426	3.76077
0.8	3.488	3.45158	3.54952
1.8	3.786	3.75718	3.84017
2.8	4.497	3.36431	4.60276
3.8	1.126	0.948672	1.16762
4.8	3.489	3.1547	3.53377
5.8	3.484	3.1755	3.53379
EOD
$d2 << EOD
-0.0666667	3.729	3.26807	4.05083
0.933333	2.876	2.37321	3.07027
1.93333	2.27	1.93904	2.45292
2.93333	2.209	1.83106	2.32165
3.93333	1.009	0.823023	1.07195
4.93333	3.106	2.52498	3.15088
5.93333	3.248	2.60237	3.31023
EOD
$d3 << EOD
0.0666667	0.178	0.15523	0.190234
1.06667	0.163	0.146072	0.166445
2.06667	0.162	0.149404	0.17218
3.06667	0.184	0.174135	0.18853
4.06667	0.051	0.0497821	0.0517895
5.06667	0.157	0.141197	0.16164
6.06667	0.168	0.164475	0.170207
EOD
$d4 << EOD
0.2	4.177	3.88151	5.02255
1.2	2.845	2.21919	3.12058
2.2	1.795	1.64768	1.92482
3.2	1.622	1.43929	1.80615
4.2	0.797	0.756142	0.848262
5.2	2.733	2.63334	3.24907
6.2	2.63	2.52816	2.89497
EOD
$d5 << EOD
0.333333	2.465	2.19493	2.58978
1.33333	1.043	0.962808	1.08998
2.33333	0.604	0.549794	0.613622
3.33333	0.57	0.504059	0.577728
4.33333	0.215	0.203391	0.221792
6.33333	0.985	0.958942	1.10034
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0368756:6.78044]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
