# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	2.14522	1.41889	2.50236
0.64	2.11436	1.43403	2.92832
1.64	2.30528	1.52518	2.64166
2.64	2.14046	1.64488	2.93301
3.64	2.28356	1.44266	2.52825
4.64	1.58093	1.28566	2.55825
5.64	2.38887	1.70906	2.56252
6.64	1.57315	1.30524	2.25163
7.64	2.0227	1.47976	3.04179
8.64	2.05654	1.71208	3.99615
9.64	1.10472	0.858145	1.74144
10.64	2.2617	1.17006	2.69852
EOD
$d1 << EOD
-0.28	1.31035	0.607048	1.47588
0.72	1.34321	0.697404	1.69087
1.72	1.27266	0.706672	1.37133
2.72	1.52494	0.897637	1.94618
3.72	1.23545	0.643809	1.36365
4.72	1.30727	0.704051	1.96028
5.72	1.89027	1.41289	2.34323
6.72	1.28411	0.87468	2.21409
7.72	1.26129	0.665889	1.7655
8.72	1.00084	0.862117	2.08035
9.72	1.11676	0.55581	1.43471
10.72	1.16822	0.58465	1.38961
EOD
$d2 << EOD
-0.2	3.62991	2.17948	4.14482
0.8	4.58888	2.43414	5.64392
1.8	2.9294	1.58838	3.16292
2.8	3.83429	2.463	4.69957
3.8	1.87064	1.02463	2.13391
4.8	1.14532	0.705433	1.95229
5.8	2.04043	1.75496	2.89366
6.8	1.0543	0.687007	2.46495
7.8	3.37716	2.1428	4.62051
8.8	1.7793	1.47948	3.33157
9.8	1.51587	0.973797	2.23641
10.8	1.73119	0.948886	2.03758
EOD
$d3 << EOD
-0.12	2.33582	1.26009	2.62377
0.88	2.41225	1.318	2.65758
1.88	1.98984	1.0535	2.20178
2.88	1.48046	1.36919	2.7146
3.88	1.6544	0.898861	1.77229
4.88	1.60251	0.892647	2.12978
5.88	2.20182	1.56519	2.81665
6.88	1.15178	0.906232	1.84682
7.88	2.02524	1.20485	2.5595
8.88	1.47264	1.22195	2.70647
9.88	1.57729	0.989109	2.01105
10.88	1.41141	0.828149	1.7333
EOD
$d4 << EOD
-0.04	2.36516	1.6419	2.84204
0.96	3.54479	2.00043	4.00178
1.96	2.19616	1.25718	2.53157
2.96	2.62754	1.98687	3.90236
3.96	1.77306	1.16813	2.05773
4.96	1.1796	0.858044	2.10144
5.96	2.12766	1.86256	3.34978
6.96	1.32899	0.945718	2.52924
7.96	2.31953	1.69811	3.74854
8.96	2.08937	1.35921	2.68532
9.96	1.50099	1.06682	2.1535
10.96	1.02005	0.886546	1.63687
EOD
$d5 << EOD
0.04	0.146309	0.105254	0.155725
1.04	0.153823	0.108327	0.165515
2.04	0.124587	0.106017	0.163222
3.04	0.135986	0.108111	0.173912
4.04	0.117325	0.0840308	0.139003
5.04	0.0948481	0.0638441	0.12467
6.04	0.052622	0.0480683	0.0924128
7.04	0.076248	0.0629683	0.127202
8.04	0.137719	0.104376	0.172645
9.04	0.171079	0.130943	0.219756
10.04	0.162964	0.119858	0.188491
11.04	0.140302	0.098927	0.150682
EOD
$d6 << EOD
0.12	0.159106	0.117676	0.169579
1.12	0.168274	0.120537	0.175063
2.12	0.133874	0.115889	0.173798
3.12	0.153027	0.119294	0.192088
4.12	0.100441	0.0895794	0.156257
5.12	0.114811	0.0736198	0.13494
6.12	0.0581464	0.0517869	0.0981427
7.12	0.0766877	0.0682524	0.133318
8.12	0.150989	0.12384	0.193552
9.12	0.194886	0.144131	0.25175
10.12	0.16978	0.131091	0.220035
11.12	0.144328	0.104275	0.16305
EOD
$d7 << EOD
0.2	0.568505	0.512135	0.675601
1.2	0.621115	0.554149	0.717456
2.2	0.596508	0.454928	0.684585
3.2	0.567692	0.476624	0.840509
4.2	0.525297	0.464862	0.753313
5.2	0.670459	0.428344	0.869395
6.2	0.713277	0.630862	0.984505
7.2	0.545398	0.487732	0.879749
8.2	0.603163	0.474883	0.836221
9.2	0.760412	0.622779	1.0238
10.2	0.604217	0.488916	0.782463
11.2	0.572664	0.470035	0.665887
EOD
$d8 << EOD
0.28	1.85719	1.55883	2.39283
1.28	2.26911	1.53035	2.54882
2.28	1.47599	1.25557	2.01213
3.28	2.14393	1.36352	2.51148
4.28	1.08206	0.978171	1.79991
5.28	1.1867	0.951449	1.91507
6.28	1.45079	1.27617	1.68551
7.28	1.28884	1.01113	1.98064
8.28	1.31608	1.06227	2.18509
9.28	1.90152	1.30985	2.61871
10.28	1.51816	0.915895	1.89365
11.28	1.10472	0.881097	1.7107
EOD
$d9 << EOD
0.36	3.04293	2.17351	3.71764
1.36	3.56202	2.42785	4.05977
2.36	0.928375	0.843245	1.52649
3.36	2.53798	1.15512	4.07269
4.36	0.902851	0.752727	1.48849
5.36	0.907291	0.709239	1.35395
6.36	1.23623	1.14575	1.44191
7.36	0.922498	0.678835	1.33259
8.36	1.54539	1.02138	2.33557
9.36	1.28956	0.894321	1.74379
10.36	0.94116	0.573565	1.1455
11.36	0.884356	0.532135	1.08903
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 0be503c3a2f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:40:15Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 8
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "uniform_sparse:10M" 1, "zipf_gaps:10M" 2, "normal:10M" 3, "geoip_ipv4" 4, "geoip_ipv6" 5, "cities_s2" 6, "words" 7, "genome_10M" 8, "protein_10M" 9, "rrna_10M" 10, "borders_s2_10M" 11)
set xtics rotate by 30 right
set xrange [-0.6:11.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 6.5, graph 0 to 6.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 7.5, graph 0 to 7.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 8.5, graph 0 to 8.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 9.5, graph 0 to 9.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 10.5, graph 0 to 10.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0356062:7.61929]
set format y "%g"
set ylabel "speedup over binary search (x) (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold", \
     $d7 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d8 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d9 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     1 with lines dt 3 lw 1.5 lc rgb "#000000" title "binary search = 1"
