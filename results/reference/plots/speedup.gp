# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	2.21252	2.01978	2.72724
0.64	2.29048	2.10662	2.57734
1.64	2.24636	2.05714	2.35226
2.64	2.16487	1.98188	2.3047
3.64	2.15321	2.06872	2.29728
4.64	1.64637	1.48189	1.89706
5.64	2.42799	2.36397	2.55108
6.64	1.58051	1.4082	1.84335
7.64	2.37204	1.43464	2.56832
8.64	2.28029	1.29462	2.77871
9.64	1.22057	1.13439	1.5158
10.64	2.13769	1.93176	2.36766
EOD
$d1 << EOD
-0.28	1.36827	1.26319	1.62022
0.72	1.37834	1.24254	1.51944
1.72	1.20404	0.617555	1.29909
2.72	1.36087	1.2581	1.51562
3.72	1.21087	1.08038	1.41275
4.72	1.2322	1.07908	1.51232
5.72	2.17072	2.01725	2.31111
6.72	1.25936	1.06931	1.97114
7.72	1.34076	0.641946	1.48079
8.72	1.20229	0.606784	1.25064
9.72	1.13921	1.02537	1.26895
10.72	1.19668	1.08721	1.26235
EOD
$d2 << EOD
-0.2	3.80165	3.73199	4.13491
0.8	4.5585	4.21551	4.97286
1.8	2.81486	1.42031	2.89637
2.8	3.84986	3.52571	4.06551
3.8	1.80203	1.71301	2.00765
4.8	1.11065	0.92218	1.58928
5.8	2.70474	2.54307	2.83281
6.8	1.29797	1.0775	2.02535
7.8	3.60868	1.89249	3.86097
8.8	2.14922	1.087	2.25086
9.8	1.62692	1.41721	1.8724
10.8	1.80244	1.68709	1.91384
EOD
$d3 << EOD
-0.12	2.33065	2.20957	2.59001
0.88	2.36432	2.27097	2.47505
1.88	1.9959	1.03409	2.16916
2.88	2.38673	2.32867	2.50438
3.88	1.57667	1.49023	1.79087
4.88	1.45538	1.24884	1.6919
5.88	2.67426	2.42299	2.77406
6.88	1.29116	0.816327	1.62751
7.88	2.12724	1.05123	2.1459
8.88	1.54838	0.890042	1.63713
9.88	1.50299	1.39161	1.86222
10.88	1.40909	1.34842	1.50129
EOD
$d4 << EOD
-0.04	2.57406	2.4689	2.75341
0.96	3.44263	3.14512	3.56977
1.96	2.16024	1.23071	2.29018
2.96	3.41401	3.15151	3.72972
3.96	1.76347	1.66727	1.99842
4.96	1.12049	0.989985	1.64768
5.96	3.23895	3.03509	3.47836
6.96	1.37867	0.699195	2.27432
7.96	2.82575	1.5079	3.06439
8.96	1.73694	0.924149	1.79977
9.96	1.66242	1.54266	2.03066
10.96	1.39687	1.2765	1.57205
EOD
$d5 << EOD
0.04	0.132361	0.129632	0.141405
1.04	0.130402	0.125871	0.140448
2.04	0.135294	0.0876751	0.143448
3.04	0.129962	0.127298	0.143676
4.04	0.10798	0.103753	0.122105
5.04	0.082314	0.0777993	0.0927803
6.04	0.0755351	0.0703754	0.084285
7.04	0.0771239	0.0502973	0.0877399
8.04	0.13226	0.0911022	0.144556
9.04	0.133251	0.0896336	0.150484
10.04	0.149267	0.136477	0.160383
11.04	0.136002	0.119787	0.143286
EOD
$d6 << EOD
0.12	0.146993	0.135893	0.152968
1.12	0.141042	0.102001	0.150497
2.12	0.14307	0.0959594	0.152391
3.12	0.143772	0.140484	0.160266
4.12	0.117656	0.110055	0.130611
5.12	0.0887985	0.0861876	0.104621
6.12	0.0810681	0.0738933	0.0931117
7.12	0.0869378	0.0528729	0.0951069
8.12	0.14594	0.101582	0.160984
9.12	0.145329	0.137927	0.164175
10.12	0.159579	0.146062	0.180837
11.12	0.148415	0.136061	0.152267
EOD
$d7 << EOD
0.2	0.579668	0.547727	0.621899
1.2	0.560022	0.527146	0.638829
2.2	0.545742	0.424628	0.673003
3.2	0.592486	0.538203	0.727074
4.2	0.558856	0.528047	0.750896
5.2	0.613894	0.538958	0.725331
6.2	0.89097	0.832383	0.97681
7.2	0.616846	0.406834	0.676135
8.2	0.574926	0.461135	0.630427
9.2	0.596064	0.526211	0.731733
10.2	0.597498	0.530366	0.799154
11.2	0.57354	0.49661	0.633762
EOD
$d8 << EOD
0.28	1.98823	1.87975	2.14517
1.28	1.99669	1.90136	2.05509
2.28	1.61774	1.48313	1.6897
3.28	1.99991	1.85804	2.1555
4.28	1.34482	1.27144	1.47687
5.28	1.3002	1.13262	1.51222
6.28	1.25492	1.23332	1.31309
7.28	1.12173	0.670161	1.22075
8.28	1.66295	0.954924	1.77105
9.28	1.55816	1.39059	1.68327
10.28	1.45918	1.36682	1.62786
11.28	1.4486	1.34092	1.60226
EOD
$d9 << EOD
0.36	1.83111	1.74578	1.97176
1.36	1.80768	1.71431	1.95807
2.36	0.989684	0.934353	1.17714
3.36	1.89205	1.77423	2.12728
4.36	0.98827	0.567425	1.1295
5.36	0.933936	0.848124	1.06534
6.36	1.15579	1.13011	1.2158
7.36	0.725237	0.410066	0.89333
8.36	1.20738	0.623149	1.49763
9.36	0.949696	0.855778	1.09759
10.36	0.80587	0.772282	1.1167
11.36	0.884308	0.776867	0.930211
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen bc2e41c9c167 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T04:52:59Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0372573:6.71336]
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
