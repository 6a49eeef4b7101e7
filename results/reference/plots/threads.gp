# Point lookups: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.842	1.1375	2.09357
2	3.419	2.26623	3.90066
EOD
$d1 << EOD
1	3.952	2.61391	4.60992
2	7.62	4.87195	10.2309
EOD
$d2 << EOD
1	2.414	1.11834	2.71895
2	3.717	2.25831	6.50899
EOD
$d3 << EOD
1	6.687	4.01502	7.63557
2	9.79	7.67345	15.8991
EOD
$d4 << EOD
1	4.303	2.3213	4.83346
2	5.772	4.26688	9.67714
EOD
$d5 << EOD
1	4.357	3.02463	5.23548
2	7.969	5.72146	11.2992
EOD
$d6 << EOD
1	0.27	0.194237	0.287376
2	0.508	0.367943	0.676848
EOD
$d7 << EOD
1	0.293	0.216704	0.312285
2	0.541	0.407683	0.728199
EOD
$d8 << EOD
1	1.047	0.943185	1.24424
2	2.051	1.73263	3.02427
EOD
$d9 << EOD
1	3.421	2.8714	4.40767
2	6.606	4.6838	8.79334
EOD
$d10 << EOD
1	5.605	4.00355	6.8478
2	10.077	8.09132	14.4982
EOD
$d11 << EOD
1	1.789	1.15602	2.09165
2	3.335	2.36337	4.29128
EOD
$d12 << EOD
1	3.783	2.56575	5.23933
2	7.474	5.15162	11.0119
EOD
$d13 << EOD
1	2.403	1.24765	3.02495
2	4.73	2.46236	6.94502
EOD
$d14 << EOD
1	8.209	4.3544	10.0964
2	15.664	8.71893	21.4567
EOD
$d15 << EOD
1	4.315	2.35762	4.75385
2	7.752	4.70267	9.70274
EOD
$d16 << EOD
1	6.341	3.57841	7.15848
2	12.597	7.264	15.2349
EOD
$d17 << EOD
1	0.275	0.193665	0.295904
2	0.52	0.380351	0.662633
EOD
$d18 << EOD
1	0.301	0.21561	0.313144
2	0.561	0.423291	0.69026
EOD
$d19 << EOD
1	1.111	0.991217	1.28333
2	2.392	1.9196	2.94529
EOD
$d20 << EOD
1	4.059	2.73751	4.55936
2	7.6	5.32285	9.31541
EOD
$d21 << EOD
1	6.372	4.3431	7.26239
2	10.168	7.95045	15.0884
EOD
$d22 << EOD
1	1.907	1.2675	2.20029
2	3.157	2.27509	4.56352
EOD
$d23 << EOD
1	4.397	2.90906	5.03859
2	7.008	4.78348	11.0417
EOD
$d24 << EOD
1	2.427	1.34765	2.61517
2	3.456	2.23272	5.54665
EOD
$d25 << EOD
1	5.587	3.02939	6.03237
2	7.599	5.88128	11.5699
EOD
$d26 << EOD
1	3.795	2.00923	4.19921
2	7.007	4.0524	8.55489
EOD
$d27 << EOD
1	4.189	2.39797	4.82877
2	7.584	5.03901	10.5256
EOD
$d28 << EOD
1	0.238	0.202525	0.311805
2	0.51	0.361596	0.651459
EOD
$d29 << EOD
1	0.255	0.220743	0.331045
2	0.52	0.372668	0.672835
EOD
$d30 << EOD
1	1.138	0.867899	1.30603
2	2.273	1.69736	2.98262
EOD
$d31 << EOD
1	2.815	2.39462	3.83753
2	5.218	3.79182	7.31237
EOD
$d32 << EOD
1	1.771	1.6086	2.91198
2	3.802	2.19772	5.63633
EOD
$d33 << EOD
1	1.758	1.29743	2.18497
2	3.156	1.7644	4.70023
EOD
$d34 << EOD
1	3.762	2.89099	5.15497
2	7.449	4.38465	9.58369
EOD
$d35 << EOD
1	2.681	1.57813	3.42156
2	3.732	2.1385	7.24067
EOD
$d36 << EOD
1	6.74	4.32952	8.261
2	9.231	6.69653	15.2816
EOD
$d37 << EOD
1	2.602	2.40644	4.7711
2	5.202	4.1502	10.6459
EOD
$d38 << EOD
1	4.619	3.49275	6.86003
2	8.663	5.13253	13.1229
EOD
$d39 << EOD
1	0.239	0.190008	0.305656
2	0.417	0.298738	0.65008
EOD
$d40 << EOD
1	0.269	0.209702	0.337663
2	0.46	0.356379	0.741775
EOD
$d41 << EOD
1	0.998	0.837904	1.47761
2	1.912	1.67051	3.12272
EOD
$d42 << EOD
1	3.769	2.39706	4.41514
2	5.501	4.02883	9.6822
EOD
$d43 << EOD
1	4.461	2.03035	7.15854
2	8.985	7.00082	15.5398
EOD
$d44 << EOD
1	2.897	1.96749	3.18933
2	4.511	3.18754	6.92942
EOD
$d45 << EOD
1	6.616	4.17973	7.32495
2	9.551	7.0407	14.6326
EOD
$d46 << EOD
1	3.58	1.86559	3.9515
2	4.351	2.85984	8.66047
EOD
$d47 << EOD
1	5.42	2.96875	6.18278
2	6.491	4.95608	13.9299
EOD
$d48 << EOD
1	4.794	2.60466	5.13562
2	5.472	4.45652	11.1607
EOD
$d49 << EOD
1	5.137	3.38435	5.96174
2	6.979	4.69445	11.8172
EOD
$d50 << EOD
1	0.34	0.243516	0.40282
2	0.472	0.373201	0.843925
EOD
$d51 << EOD
1	0.291	0.259531	0.45271
2	0.498	0.397946	0.961914
EOD
$d52 << EOD
1	1.522	1.34689	2.18265
2	2.943	2.09352	5.51102
EOD
$d53 << EOD
1	3.135	2.83401	5.21478
2	5.998	4.20891	10.7044
EOD
$d54 << EOD
1	2.616	2.18102	4.31288
2	4.899	3.33238	9.05583
EOD
$d55 << EOD
1	3.985	2.9275	5.50539
2	6.706	4.54265	10.6344
EOD
$d56 << EOD
1	6.301	5.12416	10.1962
2	11.065	7.74999	21.3704
EOD
$d57 << EOD
1	5.21	2.80593	7.81252
2	6.238	4.27441	18.0256
EOD
$d58 << EOD
1	4.565	2.81171	7.78143
2	6.25	4.15245	19.6032
EOD
$d59 << EOD
1	6.387	3.55776	8.48851
2	7.906	5.69643	16.5439
EOD
$d60 << EOD
1	4.701	3.41951	8.37473
2	7.026	5.39956	22.3664
EOD
$d61 << EOD
1	0.378	0.254439	0.496849
2	0.523	0.435089	1.02716
EOD
$d62 << EOD
1	0.458	0.293681	0.538294
2	0.572	0.499548	1.14904
EOD
$d63 << EOD
1	2.672	1.70709	3.46482
2	3.957	2.82549	6.57589
EOD
$d64 << EOD
1	4.729	3.79152	7.63154
2	9.311	7.83455	16.6563
EOD
$d65 << EOD
1	3.616	2.82666	5.39617
2	6.832	5.40688	9.93595
EOD
$d66 << EOD
1	7.663	6.22562	8.03229
2	13.518	12.6848	15.761
EOD
$d67 << EOD
1	18.305	13.0959	19.6356
2	31.421	26.9133	37.0297
EOD
$d68 << EOD
1	14.484	10.8261	17.9548
2	28.953	24.5977	35.5162
EOD
$d69 << EOD
1	15.635	13.4475	22.1729
2	30.803	27.3996	41.4692
EOD
$d70 << EOD
1	16.872	11.9937	21.5833
2	34.155	26.5775	40.3051
EOD
$d71 << EOD
1	16.303	14.2717	25.6674
2	32.634	28.7812	50.5798
EOD
$d72 << EOD
1	0.403	0.368126	0.707733
2	0.713	0.627771	1.21238
EOD
$d73 << EOD
1	0.446	0.39722	0.752783
2	0.804	0.682666	1.56645
EOD
$d74 << EOD
1	5.466	4.83444	7.54448
2	11.667	9.26376	15.1234
EOD
$d75 << EOD
1	11.117	9.77899	12.9156
2	21.984	19.3294	25.8204
EOD
$d76 << EOD
1	9.473	8.77963	11.049
2	18.656	17.5892	22.179
EOD
$d77 << EOD
1	4.709	3.69245	6.01285
2	9.424	7.42369	12.2954
EOD
$d78 << EOD
1	7.408	6.14639	10.6029
2	15.605	12.5773	22.0517
EOD
$d79 << EOD
1	6.047	4.11895	10.4264
2	9.497	6.88428	18.9045
EOD
$d80 << EOD
1	4.965	3.23532	11.6081
2	10.269	6.98067	25.5836
EOD
$d81 << EOD
1	5.424	4.26764	8.69707
2	11.209	8.63178	22.0916
EOD
$d82 << EOD
1	6.258	4.45322	11.9097
2	13.296	7.9856	28.6037
EOD
$d83 << EOD
1	0.359	0.296475	0.598908
2	0.649	0.515446	1.12935
EOD
$d84 << EOD
1	0.361	0.321291	0.62758
2	0.705	0.594513	1.33032
EOD
$d85 << EOD
1	2.568	2.29648	4.14229
2	5.584	4.52759	8.35965
EOD
$d86 << EOD
1	6.069	4.7613	9.32658
2	12.226	9.05805	16.5196
EOD
$d87 << EOD
1	4.344	3.1966	6.2751
2	9.042	6.29496	13.6057
EOD
$d88 << EOD
1	1.766	1.23742	2.27318
2	3.518	2.40394	4.78911
EOD
$d89 << EOD
1	3.572	2.61318	5.37167
2	7.112	4.95053	12.0116
EOD
$d90 << EOD
1	2.227	1.17573	3.11728
2	4.486	2.34271	7.26209
EOD
$d91 << EOD
1	5.964	3.78414	8.15972
2	11.61	7.35604	17.1993
EOD
$d92 << EOD
1	3.577	2.12802	4.52062
2	7.014	3.94492	9.61192
EOD
$d93 << EOD
1	4.096	2.99865	6.61945
2	8.293	5.80895	15.1998
EOD
$d94 << EOD
1	0.243	0.184169	0.304626
2	0.491	0.370531	0.679274
EOD
$d95 << EOD
1	0.267	0.218992	0.342265
2	0.547	0.415908	0.727968
EOD
$d96 << EOD
1	1.065	0.838496	1.47651
2	2.014	1.76262	3.31973
EOD
$d97 << EOD
1	2.324	1.8758	3.85853
2	4.587	3.97192	8.28468
EOD
$d98 << EOD
1	2.729	1.80365	4.12438
2	5.297	3.9356	8.1681
EOD
$d99 << EOD
1	1.42	1.07129	2.25443
2	2.759	2.20391	4.95386
EOD
$d100 << EOD
1	2.921	2.43175	5.6759
2	5.779	5.02452	12.0825
EOD
$d101 << EOD
1	1.422	1.22491	2.95579
2	3.04	2.42101	6.35574
EOD
$d102 << EOD
1	2.527	2.10118	4.73155
2	4.957	4.27674	10.1158
EOD
$d103 << EOD
1	2.092	1.73588	3.84476
2	4.242	3.5463	8.05168
EOD
$d104 << EOD
1	2.968	1.93078	3.81456
2	5.004	3.68014	8.43068
EOD
$d105 << EOD
1	0.243	0.185991	0.312141
2	0.432	0.384472	0.599146
EOD
$d106 << EOD
1	0.277	0.204859	0.357823
2	0.491	0.404428	0.698516
EOD
$d107 << EOD
1	1.08	0.884521	1.45408
2	1.974	1.19551	3.14598
EOD
$d108 << EOD
1	2.701	1.86056	3.71972
2	4.839	3.91868	7.99883
EOD
$d109 << EOD
1	1.832	1.27051	2.47731
2	2.781	2.09478	5.86032
EOD
$d110 << EOD
1	1.844	1.19252	2.2343
2	2.816	2.15076	4.59071
EOD
$d111 << EOD
1	2.038	1.58311	3.21263
2	3.72	2.92974	7.09292
EOD
$d112 << EOD
1	2.06	1.02526	2.6465
2	3.169	2.31736	6.47632
EOD
$d113 << EOD
1	2.796	1.79616	4.12504
2	4.094	3.35862	8.92176
EOD
$d114 << EOD
1	2.909	1.82421	3.70897
2	4.684	3.86097	7.56994
EOD
$d115 << EOD
1	2.768	1.96734	3.97132
2	4.552	4.01429	8.63066
EOD
$d116 << EOD
1	0.301	0.22138	0.348148
2	0.453	0.414615	0.697883
EOD
$d117 << EOD
1	0.313	0.241675	0.405649
2	0.513	0.463672	0.751916
EOD
$d118 << EOD
1	1.114	0.90142	1.44263
2	2.117	1.93174	3.18642
EOD
$d119 << EOD
1	2.8	1.68922	3.49253
2	4.392	3.42663	7.6781
EOD
$d120 << EOD
1	1.736	1.05796	2.11292
2	2.331	2.11296	4.21357
EOD
$d121 << EOD
1	1.998	1.21204	2.28064
2	3.31	2.48126	4.68054
EOD
$d122 << EOD
1	4.519	2.33785	5.39179
2	7.404	4.93849	11.8587
EOD
$d123 << EOD
1	2.334	1.16808	2.77632
2	3.788	2.35709	6.28214
EOD
$d124 << EOD
1	3.459	1.89591	4.07116
2	4.108	3.73402	8.1816
EOD
$d125 << EOD
1	2.82	1.65464	3.46313
2	4.121	3.50848	7.13737
EOD
$d126 << EOD
1	2.038	1.77126	3.27036
2	4.192	3.61238	5.95213
EOD
$d127 << EOD
1	0.28	0.197427	0.300715
2	0.463	0.402298	0.668209
EOD
$d128 << EOD
1	0.288	0.208075	0.325359
2	0.513	0.444266	0.724464
EOD
$d129 << EOD
1	1.144	0.93898	1.33023
2	2.077	1.8889	2.9925
EOD
$d130 << EOD
1	2.208	1.76105	3.41918
2	4.335	3.28882	6.79617
EOD
$d131 << EOD
1	1.767	1.06324	2.17596
2	2.986	2.26232	4.94999
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Point lookups: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 0be503c3a2f1 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:40:15Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.14388:21.4638]
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
set yrange [0.143455:28.9666]
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
set yrange [0.150019:15.6194]
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
set yrange [0.140747:20.9787]
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
set yrange [0.180382:19.754]
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
set yrange [0.188473:30.1946]
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
set yrange [0.272686:68.2827]
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
set yrange [0.219611:38.615]
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
set yrange [0.136421:23.219]
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
set yrange [0.137771:16.3113]
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
set yrange [0.163986:12.0444]
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
set yrange [0.146243:16.0093]
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
