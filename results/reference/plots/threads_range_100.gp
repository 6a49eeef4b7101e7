# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	1.158	0.754471	1.23223
2	2.203	1.46964	2.39831
EOD
$d1 << EOD
1	2.393	1.3249	2.66318
2	4.241	2.61328	4.84614
EOD
$d2 << EOD
1	2.25	1.1656	2.69594
2	4.196	2.17055	4.80685
EOD
$d3 << EOD
1	3.046	1.85806	3.42031
2	5.954	3.70698	6.35156
EOD
$d4 << EOD
1	2.812	1.4338	3.04798
2	5.316	2.89008	5.59205
EOD
$d5 << EOD
1	2.665	1.57046	2.98643
2	5.006	2.95938	5.48479
EOD
$d6 << EOD
1	0.062	0.0367152	0.0683447
2	0.119	0.0735674	0.122934
EOD
$d7 << EOD
1	0.067	0.0399402	0.0725308
2	0.13	0.0792843	0.134736
EOD
$d8 << EOD
1	0.703	0.599239	0.840536
2	1.287	1.19077	1.46915
EOD
$d9 << EOD
1	1.547	1.32573	1.63533
2	2.969	2.6243	3.2573
EOD
$d10 << EOD
1	0.829	0.722745	0.971755
2	1.499	1.35172	1.77367
EOD
$d11 << EOD
1	1.238	0.778112	1.34126
2	2.257	1.61512	2.50915
EOD
$d12 << EOD
1	2.378	1.5542	2.81677
2	4.209	2.88478	5.20393
EOD
$d13 << EOD
1	2.402	1.43631	2.94768
2	4.341	2.66148	5.04544
EOD
$d14 << EOD
1	3.275	2.14068	3.74972
2	5.73	4.41387	6.85551
EOD
$d15 << EOD
1	2.716	1.6483	3.12587
2	5.452	3.25986	5.87625
EOD
$d16 << EOD
1	2.905	2.26593	3.44176
2	5.384	4.3704	6.04801
EOD
$d17 << EOD
1	0.062	0.0371178	0.0703289
2	0.119	0.0729241	0.123517
EOD
$d18 << EOD
1	0.066	0.0413334	0.0783508
2	0.131	0.0799178	0.135226
EOD
$d19 << EOD
1	0.684	0.608965	0.854948
2	1.337	1.15737	1.47684
EOD
$d20 << EOD
1	1.459	1.34875	1.68299
2	2.842	2.48852	3.12212
EOD
$d21 << EOD
1	0.877	0.660221	1.01161
2	1.417	1.2863	1.73252
EOD
$d22 << EOD
1	1.241	0.865039	1.48478
2	2.283	1.63978	2.6889
EOD
$d23 << EOD
1	2.577	1.6051	2.95198
2	4.856	3.0915	5.44054
EOD
$d24 << EOD
1	2.303	1.42339	2.89238
2	4.25	2.72007	4.94562
EOD
$d25 << EOD
1	3.243	1.93302	3.47777
2	5.587	3.97654	6.55796
EOD
$d26 << EOD
1	2.72	1.55313	2.87647
2	4.723	3.16666	5.29648
EOD
$d27 << EOD
1	2.542	1.50734	2.70841
2	4.186	3.52244	5.04468
EOD
$d28 << EOD
1	0.063	0.0571328	0.0682248
2	0.119	0.0630485	0.125667
EOD
$d29 << EOD
1	0.07	0.0629096	0.0796678
2	0.131	0.0702507	0.138529
EOD
$d30 << EOD
1	0.732	0.627684	0.848662
2	1.275	1.09338	1.39422
EOD
$d31 << EOD
1	1.441	1.23143	1.53106
2	2.655	1.92322	2.79907
EOD
$d32 << EOD
1	0.637	0.564182	0.777565
2	1.214	0.928504	1.30821
EOD
$d33 << EOD
1	1.26	1.03952	1.52833
2	2.431	1.56908	2.49545
EOD
$d34 << EOD
1	2.689	2.22554	3.04322
2	4.736	3.17188	5.31608
EOD
$d35 << EOD
1	2.709	2.30698	2.8511
2	4.696	3.05398	5.44072
EOD
$d36 << EOD
1	3.562	2.56336	3.69878
2	6.703	4.1893	7.15479
EOD
$d37 << EOD
1	3.177	2.89126	3.47095
2	6.123	3.37489	6.54777
EOD
$d38 << EOD
1	3.413	3.00537	3.56395
2	6.465	4.30592	7.04276
EOD
$d39 << EOD
1	0.062	0.0540105	0.0670485
2	0.109	0.0593981	0.122858
EOD
$d40 << EOD
1	0.068	0.0632116	0.0736964
2	0.117	0.0667228	0.136024
EOD
$d41 << EOD
1	0.698	0.605633	0.924923
2	1.227	0.94354	1.39833
EOD
$d42 << EOD
1	1.51	1.3191	1.71191
2	2.719	2.32009	3.14219
EOD
$d43 << EOD
1	0.822	0.663305	1.05138
2	1.457	1.12562	1.74633
EOD
$d44 << EOD
1	1.544	1.20914	1.95391
2	2.961	1.89731	3.50123
EOD
$d45 << EOD
1	3.113	2.43428	3.71323
2	5.991	3.74557	6.65737
EOD
$d46 << EOD
1	2.927	2.06083	3.40688
2	5.529	3.38666	6.20881
EOD
$d47 << EOD
1	2.985	1.98359	3.75292
2	5.463	3.02398	5.94837
EOD
$d48 << EOD
1	3.028	2.12094	3.41718
2	5.693	3.18187	6.16626
EOD
$d49 << EOD
1	2.845	2.06643	3.63332
2	5.475	3.29392	5.81657
EOD
$d50 << EOD
1	0.065	0.0386733	0.0719251
2	0.121	0.0679589	0.129071
EOD
$d51 << EOD
1	0.071	0.041958	0.0826586
2	0.132	0.0641692	0.141764
EOD
$d52 << EOD
1	0.913	0.835514	1.2097
2	1.708	1.34033	1.90136
EOD
$d53 << EOD
1	1.781	1.51315	2.18743
2	3.39	2.19145	3.63044
EOD
$d54 << EOD
1	0.763	0.659273	0.94192
2	1.528	1.17858	1.64758
EOD
$d55 << EOD
1	2.103	1.82705	2.41697
2	4.154	2.46087	4.58095
EOD
$d56 << EOD
1	3.592	3.3323	4.65752
2	6.829	4.146	8.67324
EOD
$d57 << EOD
1	4.187	3.62026	4.80023
2	8.285	3.29369	9.9993
EOD
$d58 << EOD
1	3.156	2.52372	4.0496
2	6.004	3.19003	7.39129
EOD
$d59 << EOD
1	4.242	3.41965	5.28761
2	8.36	4.08412	9.85231
EOD
$d60 << EOD
1	3.234	2.74382	4.73469
2	5.811	3.42036	9.53473
EOD
$d61 << EOD
1	0.066	0.0390137	0.069025
2	0.128	0.0653647	0.143049
EOD
$d62 << EOD
1	0.075	0.0449389	0.0769272
2	0.144	0.0809709	0.148817
EOD
$d63 << EOD
1	1.193	1.05625	1.48831
2	2.267	1.93311	2.90487
EOD
$d64 << EOD
1	2.683	2.25173	3.20827
2	5.166	4.19408	6.76892
EOD
$d65 << EOD
1	0.982	0.862472	1.14396
2	1.875	1.70809	2.42607
EOD
$d66 << EOD
1	3.737	3.00776	3.86177
2	7.401	6.25945	7.70644
EOD
$d67 << EOD
1	9.766	7.61639	10.7667
2	19.348	14.5878	21.4434
EOD
$d68 << EOD
1	8.193	7.38925	8.74885
2	16.477	14.8356	17.5841
EOD
$d69 << EOD
1	10.184	7.50559	11.0286
2	19.445	14.4721	22.0531
EOD
$d70 << EOD
1	9.415	8.07735	9.73789
2	18.069	14.4539	19.6701
EOD
$d71 << EOD
1	11.432	7.55546	12.0647
2	20.965	14.7553	23.7336
EOD
$d72 << EOD
1	0.072	0.0403111	0.0754269
2	0.139	0.0756697	0.142445
EOD
$d73 << EOD
1	0.081	0.0448958	0.0834428
2	0.155	0.0808035	0.15796
EOD
$d74 << EOD
1	4.646	3.67464	4.86023
2	8.699	7.40385	9.57805
EOD
$d75 << EOD
1	5.5	4.30372	5.75948
2	10.592	8.83765	11.402
EOD
$d76 << EOD
1	2.042	1.82713	2.12302
2	4.122	3.70551	4.23201
EOD
$d77 << EOD
1	2.739	2.43437	3.06985
2	5.478	5.15316	5.81263
EOD
$d78 << EOD
1	4.95	4.53165	5.62258
2	10.058	8.74548	10.9999
EOD
$d79 << EOD
1	6.015	5.57673	6.72087
2	12.268	9.99779	13.3458
EOD
$d80 << EOD
1	5.345	4.04436	6.40639
2	9.432	6.16132	12.5318
EOD
$d81 << EOD
1	5.911	4.82882	6.71147
2	11.844	9.04245	13.3319
EOD
$d82 << EOD
1	6.029	4.4499	7.45265
2	10.319	8.06432	15.0392
EOD
$d83 << EOD
1	0.096	0.0892321	0.099396
2	0.183	0.104772	0.187482
EOD
$d84 << EOD
1	0.104	0.0991255	0.107097
2	0.199	0.122077	0.210249
EOD
$d85 << EOD
1	2.088	1.53753	3.005
2	3.378	2.92165	6.30376
EOD
$d86 << EOD
1	4.002	3.05396	4.15417
2	7.524	6.23855	8.17852
EOD
$d87 << EOD
1	1.137	0.946864	1.38587
2	2.185	1.81174	2.99134
EOD
$d88 << EOD
1	1.209	1.11864	1.26731
2	2.358	2.11163	2.45373
EOD
$d89 << EOD
1	2.574	2.26812	2.73811
2	4.921	4.21967	5.44798
EOD
$d90 << EOD
1	2.449	2.20385	2.57238
2	4.518	4.16199	5.22802
EOD
$d91 << EOD
1	3.257	2.9513	3.45135
2	6.326	5.85847	7.0847
EOD
$d92 << EOD
1	2.743	2.54473	2.8618
2	5.171	4.62302	5.3341
EOD
$d93 << EOD
1	2.901	2.43054	3.20816
2	5.233	4.59781	6.45487
EOD
$d94 << EOD
1	0.062	0.0602314	0.0636291
2	0.116	0.11246	0.120143
EOD
$d95 << EOD
1	0.068	0.0650097	0.0711764
2	0.13	0.119884	0.137274
EOD
$d96 << EOD
1	0.718	0.671979	0.803718
2	1.357	1.17838	1.47232
EOD
$d97 << EOD
1	1.508	1.35887	1.57086
2	2.798	2.51147	3.06009
EOD
$d98 << EOD
1	0.711	0.657813	0.821517
2	1.371	1.26472	1.56551
EOD
$d99 << EOD
1	1.207	1.07917	1.27881
2	2.282	1.88936	2.50061
EOD
$d100 << EOD
1	2.42	2.0935	2.59327
2	4.427	4.14812	5.09821
EOD
$d101 << EOD
1	2.149	1.98859	2.46516
2	3.933	3.62474	4.39529
EOD
$d102 << EOD
1	2.506	2.26213	2.6848
2	4.78	4.56009	5.1181
EOD
$d103 << EOD
1	1.827	1.77848	1.9942
2	3.561	3.27447	4.0567
EOD
$d104 << EOD
1	2.06	1.84727	2.21251
2	3.74	3.27682	4.04111
EOD
$d105 << EOD
1	0.062	0.0579902	0.064633
2	0.114	0.110464	0.121417
EOD
$d106 << EOD
1	0.067	0.0638611	0.0697416
2	0.127	0.117247	0.13523
EOD
$d107 << EOD
1	0.714	0.679391	0.806764
2	1.362	1.31929	1.49241
EOD
$d108 << EOD
1	1.383	1.32348	1.53371
2	2.661	2.24152	2.85143
EOD
$d109 << EOD
1	0.675	0.629123	0.69596
2	1.268	1.13513	1.3672
EOD
$d110 << EOD
1	0.931	0.823836	0.968293
2	1.751	1.65583	1.91335
EOD
$d111 << EOD
1	1.258	1.08491	1.3566
2	2.261	2.07131	2.56214
EOD
$d112 << EOD
1	1.425	1.35461	1.59906
2	2.753	2.50542	3.00179
EOD
$d113 << EOD
1	1.378	1.12045	1.55602
2	2.47	1.75037	2.86128
EOD
$d114 << EOD
1	1.338	1.10135	1.42896
2	2.416	1.94089	2.92021
EOD
$d115 << EOD
1	1.35	1.21175	1.43843
2	2.389	2.20685	2.65897
EOD
$d116 << EOD
1	0.11	0.0791903	0.116072
2	0.204	0.137845	0.209472
EOD
$d117 << EOD
1	0.121	0.07903	0.129474
2	0.222	0.14244	0.243079
EOD
$d118 << EOD
1	0.537	0.484553	0.601883
2	1.042	0.947913	1.15632
EOD
$d119 << EOD
1	1.027	0.834265	1.11507
2	1.882	1.60193	2.18931
EOD
$d120 << EOD
1	0.339	0.300742	0.353318
2	0.645	0.607612	0.690873
EOD
$d121 << EOD
1	1.138	0.683789	1.19584
2	2.091	1.35404	2.37933
EOD
$d122 << EOD
1	1.97	1.19945	2.39488
2	3.906	2.23831	4.49887
EOD
$d123 << EOD
1	1.834	1.02721	2.01168
2	3.527	2.06138	3.96013
EOD
$d124 << EOD
1	1.837	1.05423	1.98613
2	3.357	2.11159	3.74896
EOD
$d125 << EOD
1	1.543	1.13126	1.71244
2	2.833	2.07414	3.29459
EOD
$d126 << EOD
1	1.63	0.918524	1.83208
2	2.794	1.89159	3.43385
EOD
$d127 << EOD
1	0.067	0.0387976	0.0693891
2	0.127	0.0772756	0.13454
EOD
$d128 << EOD
1	0.071	0.0398222	0.0746316
2	0.139	0.0789402	0.147935
EOD
$d129 << EOD
1	0.825	0.6451	0.865611
2	1.503	1.29881	1.65227
EOD
$d130 << EOD
1	1.486	1.1506	1.60148
2	2.725	2.3051	3.00817
EOD
$d131 << EOD
1	0.707	0.600448	0.767937
2	1.389	1.14016	1.4407
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
unset key
set label 99 "omen 38d073b98ba6 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T01:42:00Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
unset logscale
unset arrow
set autoscale
set xtics autofreq
set title "lognormal:10M" font ",10"
set xtics ("1" 1, "2" 2)
set xlabel 'threads'
set xrange [0.7:2.3]
set logscale y 10
set yrange [0.0271964:8.5746]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0274946:9.25494]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0423206:8.85324]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0400077:9.65896]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0286469:8.98745]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.028899:13.4991]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.02986:32.0403]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0660978:20.3029]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
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
set yrange [0.0446159:9.56435]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0429557:6.90944]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0585407:4.05241]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.1, 0.2, 0.5, 1, 2)
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
set yrange [0.028739:6.07347]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
