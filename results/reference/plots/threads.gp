# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	2.02	1.36621	2.2582
2	3.801	2.50272	4.28679
EOD
$d1 << EOD
1	4.439	2.84103	5.99218
2	8.211	5.39163	9.06138
EOD
$d2 << EOD
1	2.734	1.3073	3.36218
2	5.186	2.51422	6.24983
EOD
$d3 << EOD
1	7.351	4.14857	8.5526
2	13.549	7.41609	15.4351
EOD
$d4 << EOD
1	4.685	2.41499	5.15794
2	8.682	4.50175	9.92601
EOD
$d5 << EOD
1	5.125	4.40169	6.08467
2	9.143	5.73833	10.89
EOD
$d6 << EOD
1	0.272	0.203419	0.353293
2	0.511	0.343534	0.582435
EOD
$d7 << EOD
1	0.307	0.22038	0.357636
2	0.551	0.402457	0.672781
EOD
$d8 << EOD
1	1.1	0.922677	1.4969
2	1.987	1.78851	2.40034
EOD
$d9 << EOD
1	4.161	2.53084	4.87151
2	7.853	5.04891	8.90603
EOD
$d10 << EOD
1	6.273	4.45311	7.07643
2	11.509	8.2518	13.761
EOD
$d11 << EOD
1	1.91	1.32211	2.32436
2	3.928	2.56904	4.16597
EOD
$d12 << EOD
1	4.385	2.71759	5.69782
2	7.585	5.48301	9.81997
EOD
$d13 << EOD
1	2.739	1.45871	3.53096
2	5.083	2.8428	6.05442
EOD
$d14 << EOD
1	9.265	4.97002	10.7956
2	18.338	8.80191	19.7309
EOD
$d15 << EOD
1	4.593	2.31283	5.03593
2	8.599	4.64274	10.3239
EOD
$d16 << EOD
1	6.316	3.64829	8.50734
2	12.639	7.72427	15.7738
EOD
$d17 << EOD
1	0.28	0.199489	0.342411
2	0.518	0.382119	0.594875
EOD
$d18 << EOD
1	0.305	0.212877	0.373532
2	0.57	0.455528	0.637846
EOD
$d19 << EOD
1	1.181	0.898262	1.49312
2	2.21	1.82268	2.52445
EOD
$d20 << EOD
1	4.272	2.46693	4.98449
2	8.409	5.22867	8.90645
EOD
$d21 << EOD
1	6.401	4.29022	7.76371
2	11.969	7.83073	14.1382
EOD
$d22 << EOD
1	1.957	1.23213	2.40718
2	3.695	2.54205	4.14844
EOD
$d23 << EOD
1	4.629	2.81966	5.34081
2	8.655	5.36491	9.86961
EOD
$d24 << EOD
1	2.361	1.21244	2.71633
2	4.456	2.4121	5.36427
EOD
$d25 << EOD
1	5.333	3.13487	6.39192
2	10.476	5.7473	11.5182
EOD
$d26 << EOD
1	4.067	2.12381	4.71046
2	7.382	4.1325	8.06799
EOD
$d27 << EOD
1	4.313	3.07585	5.93502
2	8.458	5.97568	8.99773
EOD
$d28 << EOD
1	0.294	0.196768	0.33464
2	0.564	0.390049	0.572183
EOD
$d29 << EOD
1	0.317	0.223287	0.354941
2	0.651	0.453969	0.675412
EOD
$d30 << EOD
1	1.13	0.905941	1.23346
2	2.168	1.72255	2.50736
EOD
$d31 << EOD
1	3.363	2.05042	3.75923
2	6.504	4.36524	7.10953
EOD
$d32 << EOD
1	2.573	1.71307	3.03919
2	5.06	3.32777	5.70289
EOD
$d33 << EOD
1	1.904	1.19691	2.19248
2	3.829	2.40334	4.39666
EOD
$d34 << EOD
1	4.435	3.58866	5.30997
2	9.436	7.47671	10.3666
EOD
$d35 << EOD
1	2.836	1.85735	3.39116
2	5.101	3.55111	6.08368
EOD
$d36 << EOD
1	7.734	5.37134	8.49713
2	14.817	12.6218	15.7735
EOD
$d37 << EOD
1	4.741	3.97025	4.9482
2	8.981	5.73699	9.701
EOD
$d38 << EOD
1	6.696	4.29889	7.46958
2	12.647	11.2675	14.4696
EOD
$d39 << EOD
1	0.293	0.220698	0.357103
2	0.574	0.432271	0.630649
EOD
$d40 << EOD
1	0.311	0.214651	0.357893
2	0.601	0.426081	0.655906
EOD
$d41 << EOD
1	1.153	0.857331	1.3904
2	2.171	1.70275	2.66774
EOD
$d42 << EOD
1	4.393	2.51783	4.64218
2	8.082	4.82372	8.72487
EOD
$d43 << EOD
1	6.553	3.94811	7.48027
2	13.038	8.01363	13.7858
EOD
$d44 << EOD
1	3.134	1.97024	3.42078
2	5.553	3.89535	6.35431
EOD
$d45 << EOD
1	6.698	4.25994	7.22898
2	13.088	7.00019	13.9632
EOD
$d46 << EOD
1	3.933	1.86747	4.23356
2	7.495	3.64522	8.37185
EOD
$d47 << EOD
1	5.435	2.82988	6.35366
2	10.917	5.60903	11.6402
EOD
$d48 << EOD
1	4.98	2.45633	5.2059
2	9.524	5.06399	10.2012
EOD
$d49 << EOD
1	6.761	3.8984	7.51966
2	11.852	7.64705	13.2934
EOD
$d50 << EOD
1	0.366	0.239436	0.436047
2	0.631	0.402109	0.673106
EOD
$d51 << EOD
1	0.408	0.275252	0.45454
2	0.698	0.501417	0.763614
EOD
$d52 << EOD
1	1.682	1.34454	2.03822
2	3.374	2.75306	3.70609
EOD
$d53 << EOD
1	4.577	2.9433	5.10542
2	8.463	5.57482	9.77849
EOD
$d54 << EOD
1	3.447	2.10558	3.92654
2	6.521	4.42681	7.6637
EOD
$d55 << EOD
1	4.458	2.83679	5.18503
2	8.1	5.89504	9.55503
EOD
$d56 << EOD
1	7.182	4.89825	10.3819
2	13.709	9.93411	15.8167
EOD
$d57 << EOD
1	5.398	2.66999	8.08038
2	9.059	4.81413	11.4494
EOD
$d58 << EOD
1	5.018	2.65139	7.58746
2	8.542	5.54156	11.0114
EOD
$d59 << EOD
1	5.957	3.40841	7.64717
2	10.983	6.34276	13.016
EOD
$d60 << EOD
1	7.083	4.68598	10.4795
2	12.557	9.44039	15.3453
EOD
$d61 << EOD
1	0.414	0.278704	0.516434
2	0.679	0.468152	0.777437
EOD
$d62 << EOD
1	0.454	0.303339	0.597804
2	0.814	0.553188	0.880833
EOD
$d63 << EOD
1	2.827	1.79658	3.51691
2	5.303	3.42082	6.01816
EOD
$d64 << EOD
1	6.399	3.90616	8.27676
2	12.217	7.82959	13.9543
EOD
$d65 << EOD
1	4.511	2.72955	5.48087
2	8.101	5.34729	9.38968
EOD
$d66 << EOD
1	7.701	6.14121	8.2044
2	14.572	12.4318	15.5162
EOD
$d67 << EOD
1	18.488	13.7283	19.7067
2	35.906	29.6771	39.0396
EOD
$d68 << EOD
1	17.849	12.2786	18.5851
2	34.3	19.8328	36.5644
EOD
$d69 << EOD
1	20.588	15.048	21.7784
2	36.723	29.1962	42.5734
EOD
$d70 << EOD
1	20.254	15.374	21.668
2	39.185	31.6296	41.6286
EOD
$d71 << EOD
1	19.154	15.2508	20.3561
2	34.829	30.7548	40.4487
EOD
$d72 << EOD
1	0.614	0.395199	0.722512
2	0.963	0.676957	1.04688
EOD
$d73 << EOD
1	0.698	0.422081	0.822803
2	1.085	0.725299	1.22693
EOD
$d74 << EOD
1	7.076	4.79667	7.79617
2	12.825	9.39028	15.0921
EOD
$d75 << EOD
1	12.414	9.71151	12.9622
2	22.493	18.9277	25.6793
EOD
$d76 << EOD
1	10.584	8.61516	11.1171
2	20.371	15.8817	21.8227
EOD
$d77 << EOD
1	5.687	4.19329	6.19793
2	10.971	8.03241	11.9923
EOD
$d78 << EOD
1	9.509	6.76935	11.016
2	17.111	14.367	20.0095
EOD
$d79 << EOD
1	7.073	3.98101	13.2522
2	12.901	7.4029	16.2915
EOD
$d80 << EOD
1	7.909	3.57789	11.4061
2	14.088	7.0193	16.7646
EOD
$d81 << EOD
1	7.124	4.34829	12.7464
2	14.059	8.57821	15.0936
EOD
$d82 << EOD
1	7.258	3.99137	15.8797
2	14.024	7.32949	17.3691
EOD
$d83 << EOD
1	0.482	0.297204	0.583967
2	0.805	0.552532	0.854823
EOD
$d84 << EOD
1	0.529	0.349881	0.593865
2	0.861	0.587021	0.920683
EOD
$d85 << EOD
1	3.502	2.31034	4.02802
2	6.207	4.66749	7.52516
EOD
$d86 << EOD
1	7.557	4.90618	9.05857
2	12.76	9.13147	16.8649
EOD
$d87 << EOD
1	5.23	3.61154	6.26484
2	9.799	6.90143	10.5895
EOD
$d88 << EOD
1	1.851	1.21343	2.28639
2	3.624	2.43914	4.14284
EOD
$d89 << EOD
1	4.046	2.75188	5.66607
2	7.838	5.3344	10.0539
EOD
$d90 << EOD
1	2.467	1.23974	3.16123
2	3.877	2.53013	5.40066
EOD
$d91 << EOD
1	7.026	3.74665	7.86152
2	9.862	7.53906	14.6911
EOD
$d92 << EOD
1	4.081	2.17054	4.60471
2	6.089	4.24775	8.37809
EOD
$d93 << EOD
1	5.956	3.25051	6.99727
2	8.885	6.26183	11.5238
EOD
$d94 << EOD
1	0.288	0.192701	0.324407
2	0.509	0.375992	0.587665
EOD
$d95 << EOD
1	0.326	0.207325	0.372336
2	0.536	0.436725	0.664547
EOD
$d96 << EOD
1	1.161	0.955502	1.32782
2	2.145	1.76954	2.54172
EOD
$d97 << EOD
1	3.689	2.28308	4.11428
2	6.564	4.44633	7.46055
EOD
$d98 << EOD
1	3.795	2.41171	4.35048
2	5.942	4.71245	7.31256
EOD
$d99 << EOD
1	2.109	1.25876	2.29633
2	2.912	2.16538	4.34596
EOD
$d100 << EOD
1	4.581	2.62928	5.31047
2	6.43	4.98052	9.16299
EOD
$d101 << EOD
1	2.494	1.17518	2.8048
2	3.059	2.37866	5.09377
EOD
$d102 << EOD
1	4.254	2.23354	4.63851
2	7.895	4.4114	8.91949
EOD
$d103 << EOD
1	3.185	1.91577	3.50063
2	5.935	3.59609	6.31675
EOD
$d104 << EOD
1	4.028	2.4323	4.46094
2	7.702	4.9905	8.59159
EOD
$d105 << EOD
1	0.303	0.190402	0.363161
2	0.562	0.39436	0.611081
EOD
$d106 << EOD
1	0.337	0.218559	0.396869
2	0.639	0.430642	0.676273
EOD
$d107 << EOD
1	1.188	0.883158	1.47358
2	2.218	1.91637	2.3348
EOD
$d108 << EOD
1	3.292	1.9052	3.77985
2	5.743	4.06956	6.89078
EOD
$d109 << EOD
1	2.134	1.15968	2.75568
2	4.199	2.76863	4.72678
EOD
$d110 << EOD
1	1.893	1.13354	2.31519
2	3.709	2.58503	4.09349
EOD
$d111 << EOD
1	2.518	1.57265	3.29066
2	4.547	3.33492	5.20371
EOD
$d112 << EOD
1	2.391	1.1038	2.71551
2	4.378	2.29877	5.25978
EOD
$d113 << EOD
1	3.276	1.68778	3.78103
2	6.225	3.42649	6.86117
EOD
$d114 << EOD
1	3.096	1.77469	3.47686
2	5.872	3.44344	6.84086
EOD
$d115 << EOD
1	3.762	2.26966	4.59705
2	7.243	4.89223	8.6071
EOD
$d116 << EOD
1	0.331	0.227442	0.373658
2	0.594	0.389219	0.643314
EOD
$d117 << EOD
1	0.341	0.239015	0.419405
2	0.616	0.453734	0.695984
EOD
$d118 << EOD
1	1.298	1.01737	1.71514
2	2.379	2.12573	2.78937
EOD
$d119 << EOD
1	3.146	2.01468	3.66204
2	5.673	4.17743	6.36824
EOD
$d120 << EOD
1	1.833	1.18711	2.14795
2	3.602	2.31682	3.95195
EOD
$d121 << EOD
1	2.015	1.33279	2.25532
2	3.868	2.33188	4.2872
EOD
$d122 << EOD
1	4.439	2.50377	5.55055
2	8.748	4.72245	9.83904
EOD
$d123 << EOD
1	2.454	1.30291	2.83653
2	4.573	2.45471	4.90482
EOD
$d124 << EOD
1	3.537	1.98476	4.22377
2	6.958	3.65048	7.43135
EOD
$d125 << EOD
1	2.994	1.96256	3.64337
2	5.552	3.54795	6.4297
EOD
$d126 << EOD
1	3.373	2.23875	4.11285
2	6.472	3.94026	7.09584
EOD
$d127 << EOD
1	0.31	0.220887	0.366131
2	0.595	0.41758	0.64053
EOD
$d128 << EOD
1	0.337	0.273064	0.369454
2	0.674	0.421649	0.70762
EOD
$d129 << EOD
1	1.171	1.00233	1.52148
2	2.23	2.01254	2.78334
EOD
$d130 << EOD
1	2.923	2.04026	3.67533
2	6.067	3.71104	6.43582
EOD
$d131 << EOD
1	1.949	1.35159	2.59212
2	4.071	2.35438	4.3963
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 6422818fb0da | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T14:46:33Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.150681:20.8374]
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
set yrange [0.147769:26.6367]
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
set yrange [0.145754:15.5496]
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
set yrange [0.159001:21.2942]
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
set yrange [0.17736:18.8503]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
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
set yrange [0.206448:21.3525]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.5, 1, 2, 5, 10, 20)
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
set yrange [0.29274:57.4741]
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
set yrange [0.220151:27.0128]
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
set yrange [0.142741:19.833]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.2, 0.5, 1, 2, 5, 10)
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
set yrange [0.141039:12.37]
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
set yrange [0.168476:11.6196]
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
set yrange [0.16362:13.2827]
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
