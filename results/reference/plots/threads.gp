# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.996	1.15927	2.13777
2	3.824	2.30903	4.31841
EOD
$d1 << EOD
1	4.561	2.53357	4.77735
2	8.155	4.66623	10.5525
EOD
$d2 << EOD
1	2.85	1.36021	2.93514
2	5.397	2.34287	6.96607
EOD
$d3 << EOD
1	7.669	4.24069	8.12553
2	14.198	8.1308	17.3159
EOD
$d4 << EOD
1	4.559	2.47643	5.12637
2	8.845	4.74139	10.0866
EOD
$d5 << EOD
1	5.086	3.2203	5.76076
2	9.351	6.39426	11.4108
EOD
$d6 << EOD
1	0.27	0.184832	0.288653
2	0.421	0.366495	0.60869
EOD
$d7 << EOD
1	0.291	0.200892	0.304689
2	0.482	0.385037	0.676517
EOD
$d8 << EOD
1	1.192	0.89732	1.26026
2	2.264	1.79919	2.9683
EOD
$d9 << EOD
1	3.968	2.35018	4.23454
2	5.025	4.51483	8.95343
EOD
$d10 << EOD
1	7.1	4.14023	7.69547
2	13.784	8.46676	15.805
EOD
$d11 << EOD
1	2.013	1.19636	2.16743
2	3.858	2.40645	4.43463
EOD
$d12 << EOD
1	4.476	2.52325	4.98776
2	8.275	5.17738	10.6315
EOD
$d13 << EOD
1	2.853	1.44926	3.16643
2	5.223	2.57296	6.81274
EOD
$d14 << EOD
1	9.583	4.73012	10.4188
2	16.366	9.38847	22.1404
EOD
$d15 << EOD
1	4.633	2.58661	5.11877
2	9.174	4.45735	10.1705
EOD
$d16 << EOD
1	6.947	3.91689	7.3915
2	12.571	6.93705	16.5214
EOD
$d17 << EOD
1	0.275	0.189278	0.289787
2	0.528	0.349209	0.625939
EOD
$d18 << EOD
1	0.296	0.2004	0.31367
2	0.571	0.397001	0.684373
EOD
$d19 << EOD
1	1.222	0.968441	1.4734
2	2.354	1.85047	2.86231
EOD
$d20 << EOD
1	4.121	2.25354	4.40739
2	5.419	3.57255	9.19912
EOD
$d21 << EOD
1	7.301	4.47549	7.84675
2	10.119	7.93197	16.6017
EOD
$d22 << EOD
1	2.133	1.1863	2.28179
2	2.837	2.24384	4.43838
EOD
$d23 << EOD
1	4.476	2.57006	5.0893
2	5.707	4.50576	11.3209
EOD
$d24 << EOD
1	2.525	1.2146	2.78111
2	3.059	2.30942	5.56252
EOD
$d25 << EOD
1	5.696	2.87694	5.99674
2	6.787	5.79757	11.7605
EOD
$d26 << EOD
1	3.812	1.91854	4.49162
2	4.438	3.6187	8.02619
EOD
$d27 << EOD
1	4.394	2.50121	4.94301
2	5.263	4.88511	10.4446
EOD
$d28 << EOD
1	0.278	0.189656	0.286819
2	0.443	0.336598	0.63398
EOD
$d29 << EOD
1	0.305	0.200105	0.311839
2	0.477	0.41436	0.668108
EOD
$d30 << EOD
1	1.193	0.962384	1.25141
2	2.26	1.98338	2.73759
EOD
$d31 << EOD
1	3.451	3.20637	3.68434
2	5.662	3.83119	7.68206
EOD
$d32 << EOD
1	2.737	2.47008	2.95492
2	4.743	2.81386	6.66903
EOD
$d33 << EOD
1	2.033	1.82899	2.31822
2	3.431	2.61981	4.29644
EOD
$d34 << EOD
1	4.438	3.83825	5.41675
2	7.442	4.81559	11.4771
EOD
$d35 << EOD
1	2.821	2.64446	3.28126
2	5.197	2.49946	7.05137
EOD
$d36 << EOD
1	7.72	7.42437	8.3176
2	12.873	6.96935	18.3013
EOD
$d37 << EOD
1	4.581	4.25442	5.20925
2	8.729	4.84108	10.7207
EOD
$d38 << EOD
1	6.667	6.12384	7.59628
2	11.912	6.84545	15.4454
EOD
$d39 << EOD
1	0.267	0.247336	0.28436
2	0.509	0.341168	0.570134
EOD
$d40 << EOD
1	0.295	0.263103	0.304946
2	0.559	0.365514	0.654715
EOD
$d41 << EOD
1	1.275	1.07	1.33048
2	2.258	1.91742	2.969
EOD
$d42 << EOD
1	4.219	3.90193	4.44658
2	7.834	4.30724	8.85784
EOD
$d43 << EOD
1	6.94	6.21996	7.53557
2	13.238	8.24085	15.0442
EOD
$d44 << EOD
1	2.952	2.62194	3.33893
2	5.548	3.69935	6.11863
EOD
$d45 << EOD
1	6.58	6.21315	7.1356
2	11.896	6.81787	14.6386
EOD
$d46 << EOD
1	3.705	3.30914	4.17119
2	6.57	3.50181	8.2012
EOD
$d47 << EOD
1	5.362	5.02477	5.92649
2	9.438	5.71832	11.9998
EOD
$d48 << EOD
1	4.771	4.30545	5.19386
2	8.555	4.79792	10.2435
EOD
$d49 << EOD
1	5.275	4.95365	5.82143
2	10.045	6.1281	12.0517
EOD
$d50 << EOD
1	0.337	0.294046	0.359397
2	0.595	0.391147	0.697623
EOD
$d51 << EOD
1	0.365	0.32387	0.381362
2	0.609	0.4232	0.729832
EOD
$d52 << EOD
1	1.775	1.39295	1.92916
2	3.496	2.5534	4.23907
EOD
$d53 << EOD
1	4.212	3.86909	4.47462
2	8.109	4.69715	8.69677
EOD
$d54 << EOD
1	3.508	2.28437	3.8197
2	6.807	3.97428	7.5241
EOD
$d55 << EOD
1	4.183	3.45865	4.93491
2	7.935	5.88812	8.90891
EOD
$d56 << EOD
1	7.239	5.87989	8.05106
2	13.297	9.71609	14.9969
EOD
$d57 << EOD
1	5.414	3.21628	6.12871
2	9.432	5.23819	11.2835
EOD
$d58 << EOD
1	4.662	3.2858	5.86197
2	9.211	5.10353	11.3878
EOD
$d59 << EOD
1	6.844	4.10323	7.50093
2	10.81	6.81333	13.8554
EOD
$d60 << EOD
1	5.283	3.81275	6.44151
2	9.47	6.0204	11.9611
EOD
$d61 << EOD
1	0.378	0.265075	0.421376
2	0.654	0.439166	0.807334
EOD
$d62 << EOD
1	0.421	0.284176	0.457295
2	0.717	0.480179	0.875688
EOD
$d63 << EOD
1	2.559	1.99895	3.14966
2	4.824	3.28163	6.20456
EOD
$d64 << EOD
1	5.493	3.85825	6.27377
2	10.092	6.76823	12.3187
EOD
$d65 << EOD
1	4.414	3.41093	5.03733
2	8.495	4.93267	9.88407
EOD
$d66 << EOD
1	7.637	6.42839	8.20015
2	14.736	10.1441	15.5001
EOD
$d67 << EOD
1	18.506	13.3337	19.7912
2	35.253	27.7845	38.2367
EOD
$d68 << EOD
1	16.669	15.1721	18.8145
2	30.777	24.8254	34.4343
EOD
$d69 << EOD
1	20.53	15.1411	22.0735
2	38.176	23.2484	41.9385
EOD
$d70 << EOD
1	20.106	16.1437	21.6023
2	35.541	29.8418	39.8621
EOD
$d71 << EOD
1	25.223	16.4918	26.7549
2	42.718	29.0575	50.9339
EOD
$d72 << EOD
1	0.561	0.367475	0.640027
2	0.856	0.604225	1.13488
EOD
$d73 << EOD
1	0.651	0.418698	0.689704
2	0.903	0.639317	1.18955
EOD
$d74 << EOD
1	6.882	6.46011	7.8241
2	13.912	10.3704	14.4849
EOD
$d75 << EOD
1	9.663	8.73909	10.3319
2	18.696	16.1253	19.7967
EOD
$d76 << EOD
1	10.522	9.73774	11.5443
2	19.955	18.0713	21.8961
EOD
$d77 << EOD
1	5.656	4.74775	6.1627
2	10.367	8.01021	11.6358
EOD
$d78 << EOD
1	8.904	7.74046	10.2778
2	17.394	12.7716	19.1159
EOD
$d79 << EOD
1	7.163	4.30549	7.69865
2	12.837	8.5719	16.0339
EOD
$d80 << EOD
1	7.942	4.59538	9.70232
2	12.538	8.50755	19.5481
EOD
$d81 << EOD
1	7.34	5.30117	7.57359
2	13.435	9.69533	16.8284
EOD
$d82 << EOD
1	7.967	5.76376	8.66835
2	15.973	9.83142	18.5152
EOD
$d83 << EOD
1	0.455	0.313186	0.490545
2	0.761	0.511184	0.936048
EOD
$d84 << EOD
1	0.498	0.354682	0.530085
2	0.822	0.605709	1.06762
EOD
$d85 << EOD
1	3.756	3.05095	4.00497
2	6.928	4.72584	8.1607
EOD
$d86 << EOD
1	6.44	5.17022	6.77377
2	11.432	7.66851	13.1175
EOD
$d87 << EOD
1	5.523	4.52529	6.52957
2	10.682	6.80839	12.6578
EOD
$d88 << EOD
1	1.967	1.43426	2.30385
2	3.699	2.36983	4.33323
EOD
$d89 << EOD
1	4.366	3.16672	5.41096
2	8.186	5.34792	10.9185
EOD
$d90 << EOD
1	2.708	1.36381	2.97867
2	5.044	2.6043	6.34655
EOD
$d91 << EOD
1	7.409	4.26535	8.21007
2	13.951	7.45584	16.6878
EOD
$d92 << EOD
1	4.246	2.23401	4.71474
2	7.716	4.27895	9.54973
EOD
$d93 << EOD
1	5.886	3.21126	6.5587
2	11.218	6.097	12.6576
EOD
$d94 << EOD
1	0.265	0.172189	0.287666
2	0.533	0.382263	0.6516
EOD
$d95 << EOD
1	0.291	0.20635	0.311574
2	0.559	0.389587	0.63419
EOD
$d96 << EOD
1	1.274	1.05464	1.48594
2	2.47	2.32392	3.03219
EOD
$d97 << EOD
1	3.48	2.22382	3.86063
2	6.539	4.18539	7.24897
EOD
$d98 << EOD
1	3.733	2.76993	4.29424
2	7.045	6.18	8.59615
EOD
$d99 << EOD
1	2.036	1.39222	2.22703
2	4.019	2.82933	4.5136
EOD
$d100 << EOD
1	4.757	3.01416	5.23532
2	9.438	6.48665	10.9666
EOD
$d101 << EOD
1	2.614	1.39184	2.7997
2	4.815	2.95027	6.19993
EOD
$d102 << EOD
1	4.354	2.49694	4.66246
2	8.423	5.19974	9.94496
EOD
$d103 << EOD
1	3.425	2.21044	3.63321
2	6.033	4.39855	7.71568
EOD
$d104 << EOD
1	3.687	2.22792	3.98493
2	6.725	4.86792	8.29001
EOD
$d105 << EOD
1	0.281	0.181725	0.314294
2	0.544	0.347743	0.616232
EOD
$d106 << EOD
1	0.293	0.190599	0.3433
2	0.567	0.396558	0.66075
EOD
$d107 << EOD
1	1.126	0.974533	1.62153
2	2.209	2.12863	2.77568
EOD
$d108 << EOD
1	2.951	1.76093	3.41595
2	5.844	3.80538	6.37588
EOD
$d109 << EOD
1	2.031	1.24197	2.40444
2	3.792	2.48457	4.80935
EOD
$d110 << EOD
1	2.009	1.33663	2.34778
2	3.441	2.48817	4.28192
EOD
$d111 << EOD
1	2.467	1.86314	2.82318
2	4.478	2.89766	6.12867
EOD
$d112 << EOD
1	2.198	1.26066	2.50926
2	3.85	2.35198	4.97475
EOD
$d113 << EOD
1	3.129	1.8617	3.66314
2	5.693	3.35478	7.68194
EOD
$d114 << EOD
1	3.132	1.92281	3.48352
2	5.032	3.51864	7.10298
EOD
$d115 << EOD
1	3.329	1.98897	3.81369
2	4.888	3.67162	7.79208
EOD
$d116 << EOD
1	0.297	0.219192	0.315214
2	0.485	0.406808	0.646651
EOD
$d117 << EOD
1	0.327	0.24544	0.338501
2	0.537	0.437618	0.672865
EOD
$d118 << EOD
1	1.196	0.985326	1.34534
2	2.291	1.91691	3.07309
EOD
$d119 << EOD
1	2.972	1.65878	3.19087
2	4.534	3.09078	6.26758
EOD
$d120 << EOD
1	1.857	1.10718	1.96952
2	2.813	2.16708	4.18095
EOD
$d121 << EOD
1	1.958	1.26615	2.18022
2	3.804	2.37401	4.36938
EOD
$d122 << EOD
1	4.499	2.60315	5.13026
2	8.036	5.14011	10.7557
EOD
$d123 << EOD
1	2.522	1.2602	2.75339
2	4.759	2.3991	5.63607
EOD
$d124 << EOD
1	3.783	1.9583	4.11162
2	5.715	3.80984	8.1439
EOD
$d125 << EOD
1	3.149	1.69961	3.48468
2	5.508	3.35335	6.80974
EOD
$d126 << EOD
1	3.01	1.9223	3.23655
2	5.134	3.13904	6.75608
EOD
$d127 << EOD
1	0.268	0.178662	0.297037
2	0.419	0.33118	0.582666
EOD
$d128 << EOD
1	0.288	0.197912	0.313249
2	0.532	0.394634	0.652589
EOD
$d129 << EOD
1	1.123	0.891228	1.20444
2	2.141	1.62723	2.94138
EOD
$d130 << EOD
1	2.884	1.65904	3.1962
2	4.723	2.90752	6.75957
EOD
$d131 << EOD
1	1.822	1.24066	2.08074
2	3.682	2.16537	4.77822
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 873f77558950 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T08:17:46Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.136912:23.3765]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d0 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d1 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d2 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d3 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d4 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d5 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d6 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d7 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d8 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d9 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d10 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset label 99
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "uniform_sparse:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.140206:29.8895]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d11 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d12 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d13 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d14 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d15 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d16 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d17 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d18 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d19 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d20 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d21 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "zipf_gaps:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.140486:15.8766]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d22 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d23 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d24 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d25 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d26 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d27 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d28 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d29 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d30 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d31 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d32 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "normal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.183212:24.7068]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d33 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d34 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d35 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d36 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d37 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d38 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d39 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d40 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d41 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d42 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d43 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv4" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.217812:19.7621]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10)
plot $d44 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d45 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d46 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d47 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d48 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d49 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d50 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d51 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d52 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d53 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d54 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "geoip_ipv6" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.196352:20.2458]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d55 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d56 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d57 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d58 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d59 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d60 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d61 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d62 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d63 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d64 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d65 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "cities_s2" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.272203:68.7608]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20, 50)
plot $d66 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d67 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d68 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d69 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d70 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d71 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d72 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d73 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d74 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d75 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d76 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "words" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.23199:26.39]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
plot $d77 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d78 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d79 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d80 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d81 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d82 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d83 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d84 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d85 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d86 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d87 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "genome_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.127548:22.5285]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10, 20)
plot $d88 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d89 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d90 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d91 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d92 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d93 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d94 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d95 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d96 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d97 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d98 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "protein_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.134611:14.8049]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d99 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d100 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d101 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d102 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d103 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d104 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d105 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d106 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d107 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d108 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d109 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "rrna_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.162364:10.5193]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d110 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d111 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d112 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d113 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d114 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d115 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d116 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d117 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d118 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d119 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d120 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "borders_s2_10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.132342:14.5202]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
plot $d121 using 1:2:3:4 with yerrorlines lc rgb "#000000" pt 7 ps PS lw 1.6 notitle, \
     $d122 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 5 ps PS lw 1.6 notitle, \
     $d123 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 9 ps PS lw 1.6 notitle, \
     $d124 using 1:2:3:4 with yerrorlines lc rgb "#D55E00" pt 13 ps PS lw 1.6 notitle, \
     $d125 using 1:2:3:4 with yerrorlines lc rgb "#009E73" pt 11 ps PS lw 1.6 notitle, \
     $d126 using 1:2:3:4 with yerrorlines lc rgb "#CC79A7" pt 15 ps PS lw 1.6 notitle, \
     $d127 using 1:2:3:4 with yerrorlines lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 notitle, \
     $d128 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 3 ps PS lw 1.6 notitle, \
     $d129 using 1:2:3:4 with yerrorlines lc rgb "#56B4E9" pt 12 ps PS lw 1.6 notitle, \
     $d130 using 1:2:3:4 with yerrorlines lc rgb "#E69F00" pt 4 ps PS lw 1.6 notitle, \
     $d131 using 1:2:3:4 with yerrorlines lc rgb "#0072B2" pt 8 ps PS lw 1.6 notitle
unset border
unset tics
unset grid
unset xlabel
unset ylabel
unset title
unset logscale
unset arrow
set xrange [0:1]
set yrange [0:1]
set key center center vertical Left reverse samplen 2 spacing 1.2 font ",9"
plot NaN with linespoints lc rgb "#000000" pt 7 ps PS lw 1.6 title "binsearch", \
     NaN with linespoints lc rgb "#0072B2" pt 5 ps PS lw 1.6 title "btree", \
     NaN with linespoints lc rgb "#E69F00" pt 9 ps PS lw 1.6 title "linear", \
     NaN with linespoints lc rgb "#D55E00" pt 13 ps PS lw 1.6 title "rmi", \
     NaN with linespoints lc rgb "#009E73" pt 11 ps PS lw 1.6 title "pla", \
     NaN with linespoints lc rgb "#CC79A7" pt 15 ps PS lw 1.6 title "radixspline", \
     NaN with linespoints lc rgb "#666666" pt 6 ps PS lw 1.6 dt 2 title "rocksdb", \
     NaN with linespoints lc rgb "#56B4E9" pt 3 ps PS lw 1.6 title "hotcold", \
     NaN with linespoints lc rgb "#56B4E9" pt 12 ps PS lw 1.6 title "btree_dyn", \
     NaN with linespoints lc rgb "#E69F00" pt 4 ps PS lw 1.6 title "dpgm", \
     NaN with linespoints lc rgb "#0072B2" pt 8 ps PS lw 1.6 title "gapped"
unset multiplot
