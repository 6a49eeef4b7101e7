# Speedup over binary search, point lookups, 1 thread (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.36	2.36765	1.45652	2.67885
0.64	2.3716	1.55823	2.84478
1.64	2.51656	1.75467	2.8365
2.64	2.5257	2.25494	2.70765
3.64	2.20301	1.65342	2.65276
4.64	1.6254	1.45679	1.9174
5.64	2.40579	1.81543	2.47795
6.64	1.7349	1.53263	1.92303
7.64	2.50986	2.21836	2.64554
8.64	2.31772	2.12458	2.59943
9.64	1.18909	1.06218	1.50568
10.64	2.25254	1.23104	2.59038
EOD
$d1 << EOD
-0.28	1.64767	0.628013	1.76292
0.72	1.58838	0.784832	1.87401
1.72	1.50321	0.822804	1.74217
2.72	1.63169	1.51675	1.83565
3.72	1.28528	0.792794	1.86767
4.72	1.21882	1.1283	1.59677
5.72	2.16774	1.92772	2.31665
6.72	1.42585	1.14522	2.01481
7.72	1.60817	1.41024	1.67261
8.72	1.43294	1.24895	1.492
9.72	1.1116	1.02915	1.29597
10.72	1.18226	0.531309	1.38709
EOD
$d2 << EOD
-0.2	3.63089	1.6705	3.98158
0.8	4.67135	2.47014	5.27313
1.8	2.68031	1.67906	2.90461
2.8	3.63069	3.51127	4.01703
3.8	1.79604	1.20456	2.94328
4.8	1.18067	0.922166	1.57377
5.8	2.6647	2.09061	2.82987
6.8	1.5148	1.28116	2.23315
7.8	3.64031	3.48352	3.86995
8.8	2.072	1.89607	2.13451
9.8	1.63526	1.36768	1.8457
10.8	1.81065	0.89233	1.89715
EOD
$d3 << EOD
-0.12	2.31093	1.12367	2.46356
0.88	2.22479	1.28431	2.544
1.88	2.06123	1.29575	2.28194
2.88	2.27412	2.10559	2.45914
3.88	1.61253	0.965825	2.2075
4.88	1.49041	1.29712	1.74345
5.88	2.55123	2.2218	2.74746
6.88	1.34996	1.23907	2.11627
7.88	2.15449	2.03539	2.20434
8.88	1.65516	1.57753	1.79365
9.88	1.54409	0.7932	1.69203
10.88	1.49533	0.806633	1.70725
EOD
$d4 << EOD
-0.04	2.57963	1.49937	2.90388
0.96	3.44197	2.17545	4.07998
1.96	2.22025	1.35089	2.52146
2.96	3.48313	3.27009	3.69275
3.96	1.80063	1.40712	2.06052
4.96	1.32986	0.998735	2.22158
5.96	3.08694	2.25395	3.31465
6.96	1.96594	1.13671	2.75215
7.96	3.261	2.72675	3.49239
8.96	1.72789	1.61334	1.83564
9.96	1.6547	0.985061	1.864
10.96	1.40058	0.874149	1.5864
EOD
$d5 << EOD
0.04	0.12136	0.0784634	0.146508
1.04	0.121327	0.0835009	0.149373
2.04	0.119572	0.0895591	0.152514
3.04	0.116297	0.100642	0.131792
4.04	0.0989176	0.0838471	0.145057
5.04	0.0819463	0.067687	0.0931223
6.04	0.0712259	0.049419	0.0818465
7.04	0.0789916	0.0716782	0.103981
8.04	0.121982	0.111175	0.1332
9.04	0.123364	0.117818	0.13315
10.04	0.14742	0.138048	0.164829
11.04	0.131421	0.0841387	0.145631
EOD
$d6 << EOD
0.12	0.135314	0.0884965	0.157696
1.12	0.12976	0.0937868	0.163206
2.12	0.13723	0.115314	0.146938
3.12	0.124557	0.106276	0.159484
4.12	0.111947	0.085869	0.148291
5.12	0.0952209	0.0698299	0.110521
6.12	0.0843433	0.054673	0.0886173
7.12	0.0869752	0.083045	0.1032
8.12	0.130328	0.1237	0.142327
9.12	0.131076	0.122631	0.140206
10.12	0.160249	0.114899	0.168421
11.12	0.141326	0.0930953	0.149572
EOD
$d7 << EOD
0.2	0.535128	0.45157	0.736332
1.2	0.524846	0.446565	0.828931
2.2	0.597076	0.423463	0.796422
3.2	0.543946	0.402447	0.748527
4.2	0.573764	0.512321	0.93861
5.2	0.576092	0.514039	0.743881
6.2	0.927702	0.807812	0.988776
7.2	0.680561	0.609366	0.76506
8.2	0.558925	0.48593	0.661359
9.2	0.527327	0.506891	0.646795
10.2	0.64763	0.431761	0.709607
11.2	0.704321	0.50757	0.812067
EOD
$d8 << EOD
0.28	1.79495	1.05945	1.9781
1.28	1.6537	1.00595	2.06841
2.28	1.43957	1.18859	1.70387
3.28	1.60048	1.06032	1.91805
4.28	1.26497	0.969357	1.62993
5.28	1.24948	1.03416	1.43188
6.28	1.2667	1.08271	1.29999
7.28	1.17378	1.07897	1.24298
8.28	1.58997	1.47632	1.69541
9.28	1.50034	1.43384	1.59996
10.28	1.6551	1.23757	1.72181
11.28	1.60903	0.87838	1.67217
EOD
$d9 << EOD
0.36	1.68245	0.958832	1.95214
1.36	1.70853	1.40552	2.00959
2.36	0.99151	0.81544	1.37302
3.36	1.62864	1.03383	1.92821
4.36	0.963119	0.824977	1.3666
5.36	0.909126	0.72811	0.992783
6.36	1.18744	0.990383	1.22604
7.36	0.861152	0.731696	0.93508
8.36	1.34311	1.09617	1.45975
9.36	0.961639	0.888764	1.07578
10.36	0.970431	0.556835	1.08247
11.36	1.04487	0.615911	1.21057
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Speedup over binary search, point lookups, 1 thread (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 38d073b98ba6 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T01:42:00Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0366066:7.11872]
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
