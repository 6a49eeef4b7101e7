# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	2.19741	1.40638	2.96628
0.64	2.2955	1.42263	2.98274
1.64	2.36592	1.44115	2.72973
2.64	2.32898	1.88453	2.78845
3.64	2.13725	1.3593	2.30668
4.64	1.61091	1.09867	2.32865
5.64	2.40058	1.78256	2.55882
6.64	1.67205	1.19031	1.93704
7.64	2.18585	1.4867	3.06109
8.64	2.17188	1.24656	2.51773
9.64	1.33064	0.831065	1.73895
10.64	2.20327	1.24273	2.75498
EOD
$d1 << EOD
-0.28	1.35359	0.647237	1.6646
0.72	1.4339	0.76365	1.8485
1.72	1.2066	0.619621	1.38819
2.72	1.48944	0.975461	1.781
3.72	1.25501	0.595905	1.35092
4.72	1.21079	0.598888	1.81246
5.72	2.31763	1.59432	2.41321
6.72	1.24378	0.700057	2.33038
7.72	1.33295	0.669844	1.70805
8.72	1.18247	0.557186	1.32983
9.72	1.2635	0.583292	1.43498
10.72	1.218	0.646678	1.40787
EOD
$d2 << EOD
-0.2	3.63908	2.05373	4.23392
0.8	4.84977	2.60156	5.65096
1.8	2.72585	1.60232	3.26709
2.8	4.0614	2.82068	4.46214
3.8	1.73408	0.902897	2.02719
4.8	1.12564	0.594763	1.70203
5.8	2.67325	1.95391	2.82782
6.8	1.3907	0.629129	2.00563
7.8	3.7956	2.02402	4.24697
8.8	2.01677	1.0589	2.19907
9.8	1.73082	0.891712	1.99764
10.8	1.75524	0.984942	2.09605
EOD
$d3 << EOD
-0.12	2.31927	1.19552	2.5534
0.88	2.40434	1.21072	2.6362
1.88	2.07842	1.08536	2.40725
2.88	2.48982	2.08505	2.59863
3.88	1.58891	0.783715	1.66099
4.88	1.33627	0.764572	1.71541
5.88	2.62988	1.99623	2.81348
6.88	1.25281	0.764681	2.24156
7.88	2.20485	1.17268	2.48779
8.88	1.50973	0.9081	1.65934
9.88	1.63578	0.937661	1.83701
10.88	1.48577	0.973917	1.80801
EOD
$d4 << EOD
-0.04	2.53739	2.17928	3.01252
0.96	3.306	1.90963	4.45301
1.96	2.2045	1.57216	3.03356
2.96	3.51663	2.25771	3.9229
3.96	2.15722	1.24385	2.39929
4.96	1.58887	1.05116	2.35077
5.96	2.48707	1.98025	2.64316
6.96	1.27632	0.701882	2.79245
7.96	3.21753	1.75598	3.78004
8.96	1.90978	1.15322	2.11505
9.96	1.98798	1.19937	2.42926
10.96	1.67425	1.11125	2.04149
EOD
$d5 << EOD
0.04	0.134823	0.100829	0.175117
1.04	0.146627	0.104466	0.17931
2.04	0.15027	0.100572	0.171042
3.04	0.153634	0.115723	0.187246
4.04	0.116679	0.0763312	0.13901
5.04	0.0929525	0.0625755	0.115951
6.04	0.0796982	0.0512975	0.0937833
7.04	0.0847377	0.0522497	0.102664
8.04	0.155813	0.104254	0.17551
9.04	0.143662	0.0902761	0.172187
10.04	0.175019	0.120262	0.197575
11.04	0.153749	0.109552	0.181588
EOD
$d6 << EOD
0.12	0.152209	0.109263	0.177314
1.12	0.159612	0.111403	0.195476
2.12	0.161985	0.114098	0.181372
3.12	0.163235	0.112664	0.187848
4.12	0.130207	0.0878425	0.14506
5.12	0.101817	0.0680289	0.134068
6.12	0.0905748	0.0547707	0.10677
7.12	0.0929387	0.0614698	0.104335
8.12	0.176008	0.111935	0.201025
9.12	0.159988	0.103759	0.188411
10.12	0.180059	0.126208	0.221459
11.12	0.167139	0.135429	0.183235
EOD
$d7 << EOD
0.2	0.54479	0.456968	0.741361
1.2	0.618241	0.470231	0.781632
2.2	0.577708	0.463158	0.630603
3.2	0.605264	0.450053	0.729884
4.2	0.536547	0.428901	0.650179
5.2	0.634221	0.403052	0.788999
6.2	0.918827	0.622853	1.01234
7.2	0.615768	0.406234	0.70826
8.2	0.626949	0.515979	0.717034
9.2	0.562973	0.418513	0.698303
10.2	0.685683	0.537435	0.906039
11.2	0.5811	0.4974	0.755023
EOD
$d8 << EOD
0.28	2.06016	1.25305	2.41194
1.28	2.23611	1.29128	2.60905
2.28	1.71888	1.048	1.92139
3.28	2.307	1.32225	2.43786
4.28	1.46033	0.939084	1.62893
5.28	1.43541	0.876221	1.85662
6.28	1.61192	1.26101	1.68311
7.28	1.32892	0.862768	1.59298
8.28	1.99279	1.23332	2.22253
9.28	1.56071	0.903238	1.79199
10.28	1.66219	1.06446	1.93484
11.28	1.4508	1.01267	1.82422
EOD
$d9 << EOD
0.36	3.10536	2.20445	3.50309
1.36	3.35048	2.24563	4.06376
2.36	1.31526	0.875681	1.55356
3.36	3.44119	2.07328	3.92813
4.36	1.1	0.671929	1.25303
5.36	1.0118	0.612228	1.22934
6.36	1.3743	1.11865	1.44352
7.36	0.919721	0.635107	1.1017
8.36	2.04996	1.30274	2.35002
9.36	1.01181	0.549847	1.30657
10.36	0.968415	0.627176	1.13481
11.36	0.967108	0.670669	1.28623
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 6422818fb0da | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T14:46:33Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0379982:7.62879]
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
