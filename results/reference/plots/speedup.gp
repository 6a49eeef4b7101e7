# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	2.28577	1.26971	2.39419
0.64	2.22366	1.25354	2.47789
1.64	2.09829	1.20481	2.3858
2.64	2.18349	1.88841	2.66504
3.64	2.22894	2.10468	2.41715
4.64	1.73059	1.40568	1.92473
5.64	2.42341	1.74608	2.59172
6.64	1.57429	1.36857	1.81719
7.64	2.21955	1.60987	2.75078
8.64	2.33637	1.48038	2.57129
9.64	1.22749	0.927034	1.40472
10.64	2.29814	1.32972	2.6206
EOD
$d1 << EOD
-0.28	1.42813	0.681596	1.47079
0.72	1.41722	0.719912	1.57291
1.72	1.18354	0.569322	1.30359
2.72	1.38786	1.30101	1.6143
3.72	1.25505	1.12095	1.41297
4.72	1.29447	0.769003	1.46536
5.72	2.18281	1.98679	2.46376
6.72	1.2665	0.76126	1.36121
7.72	1.3764	0.693184	1.51397
8.72	1.28388	0.68361	1.37508
9.72	1.09374	0.62731	1.24862
10.72	1.28816	0.643674	1.40635
EOD
$d2 << EOD
-0.2	3.84307	2.12509	4.07185
0.8	4.76064	2.34983	5.17585
1.8	2.67001	1.34857	2.81098
2.8	3.79773	3.6523	4.09172
3.8	1.81636	1.70213	2.00758
4.8	1.11455	0.785538	1.40142
5.8	2.68839	1.98272	2.89051
6.8	1.40423	0.812512	1.71547
7.8	3.7663	2.16825	4.17352
8.8	2.13816	1.22619	2.28964
9.8	1.55697	0.926372	1.82276
10.8	1.93253	1.00039	2.1004
EOD
$d3 << EOD
-0.12	2.28431	1.24083	2.56859
0.88	2.30172	1.28505	2.54305
1.88	1.78677	0.899262	2.10532
2.88	2.25367	2.09301	2.56274
3.88	1.61597	1.45829	1.7592
4.88	1.63632	0.981034	1.79338
5.88	2.63293	2.11406	2.82888
6.88	1.29775	0.937271	1.33905
7.88	2.15817	1.13551	2.39642
8.88	1.68215	1.08563	1.78441
9.88	1.55868	0.956908	1.73362
10.88	1.60877	0.868303	1.78026
EOD
$d4 << EOD
-0.04	2.54852	1.61365	2.88664
0.96	3.45129	1.94592	3.67211
1.96	2.05972	1.17246	2.31707
2.96	3.28002	3.01279	3.73721
3.96	1.78697	1.67811	1.97208
4.96	1.26301	0.911516	1.53997
5.96	3.30287	2.15956	3.50346
6.96	1.40855	1.01902	1.53254
7.96	2.99209	1.63241	3.33405
8.96	1.8109	1.09426	1.95723
9.96	1.65654	0.989728	1.89772
10.96	1.53785	0.982133	1.6536
EOD
$d5 << EOD
0.04	0.135248	0.0925856	0.144592
1.04	0.136623	0.0940353	0.14397
2.04	0.130279	0.088878	0.134411
3.04	0.131291	0.121622	0.139828
4.04	0.114018	0.0994854	0.121596
5.04	0.0903004	0.0633237	0.100662
6.04	0.0734723	0.0481269	0.0838222
7.04	0.0803852	0.0553309	0.086665
8.04	0.134715	0.0875337	0.146237
9.04	0.137894	0.0891774	0.154233
10.04	0.147906	0.109157	0.156977
11.04	0.136737	0.0911556	0.151552
EOD
$d6 << EOD
0.12	0.145699	0.100583	0.152553
1.12	0.147233	0.0996807	0.156022
2.12	0.143096	0.0938824	0.146305
3.12	0.144971	0.129296	0.149859
4.12	0.123757	0.109812	0.129305
5.12	0.100642	0.0679337	0.109319
6.12	0.0852927	0.0548569	0.0903636
7.12	0.0880914	0.0627399	0.093767
8.12	0.147742	0.104765	0.158188
9.12	0.144135	0.0937606	0.168878
10.12	0.162941	0.122301	0.168672
11.12	0.147233	0.101178	0.160141
EOD
$d7 << EOD
0.2	0.597354	0.449679	0.631561
1.2	0.607272	0.481266	0.732202
2.2	0.559096	0.451018	0.586471
3.2	0.627174	0.526332	0.654464
4.2	0.601401	0.471957	0.653632
5.2	0.611869	0.477958	0.753097
6.2	0.901158	0.845913	1.02452
7.2	0.664151	0.539482	0.708175
8.2	0.647393	0.535925	0.755094
9.2	0.553022	0.478631	0.796393
10.2	0.595137	0.490305	0.669448
11.2	0.573426	0.455078	0.615013
EOD
$d8 << EOD
0.28	1.98817	1.17756	2.12172
1.28	2.04707	1.11943	2.18934
2.28	1.61789	1.5032	1.72728
3.28	2.07537	1.9194	2.18732
4.28	1.42679	1.31064	1.51576
5.28	1.31331	0.922461	1.49998
6.28	1.26534	1.14436	1.35293
7.28	1.13865	0.914141	1.19766
8.28	1.76912	1.13052	1.96262
9.28	1.44947	0.864935	1.67785
10.28	1.47906	0.825513	1.58798
11.28	1.47308	0.847398	1.63254
EOD
$d9 << EOD
0.36	3.55801	2.07478	3.85641
1.36	3.6271	2.2234	3.89822
2.36	1.28301	1.15789	1.38516
3.36	3.41421	3.05998	3.70721
4.36	1.18811	0.773686	1.29368
5.36	1.05536	0.815528	1.20439
6.36	1.3779	1.2752	1.51178
7.36	0.97658	0.800164	1.15456
8.36	1.89755	1.40801	2.18284
9.36	0.997658	0.610073	1.18109
10.36	0.924249	0.551053	0.980251
11.36	0.93097	0.633929	1.06318
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 873f77558950 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T08:17:46Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0356496:6.9874]
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
