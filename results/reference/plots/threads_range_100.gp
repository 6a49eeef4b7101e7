# Range queries of ~100 keys: aggregate throughput against threads (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
1	0.932	0.630646	1.05908
2	1.627	1.25673	2.09416
EOD
$d1 << EOD
1	1.554	1.07296	1.94867
2	3.166	2.26245	4.21885
EOD
$d2 << EOD
1	1.602	0.994504	1.92917
2	2.755	2.00651	4.16592
EOD
$d3 << EOD
1	2.309	1.53223	2.55888
2	4.117	2.99798	5.32798
EOD
$d4 << EOD
1	1.999	1.20168	2.36813
2	2.945	2.21954	4.47534
EOD
$d5 << EOD
1	1.813	1.31746	2.35913
2	3.541	2.65601	4.77291
EOD
$d6 << EOD
1	0.075	0.0488728	0.0794227
2	0.134	0.0918009	0.168773
EOD
$d7 << EOD
1	0.084	0.0544937	0.0907009
2	0.154	0.095718	0.179325
EOD
$d8 << EOD
1	0.632	0.565637	0.685351
2	1.241	1.12374	1.52938
EOD
$d9 << EOD
1	1.451	1.20204	1.67868
2	2.393	2.00818	3.31229
EOD
$d10 << EOD
1	0.932	0.853604	1.02813
2	1.708	1.59013	2.07748
EOD
$d11 << EOD
1	0.916	0.648162	1.02191
2	1.825	1.26187	2.15651
EOD
$d12 << EOD
1	1.685	1.1472	2.0341
2	3.344	2.18618	4.50584
EOD
$d13 << EOD
1	1.671	1.0289	2.18733
2	3.292	2.00846	4.45715
EOD
$d14 << EOD
1	2.365	1.8087	2.84121
2	4.692	3.5386	5.68567
EOD
$d15 << EOD
1	2.026	1.20681	2.32162
2	4.198	2.4762	4.90968
EOD
$d16 << EOD
1	2.333	1.70745	2.44402
2	4.305	3.42301	5.32898
EOD
$d17 << EOD
1	0.076	0.0477313	0.0811722
2	0.139	0.0942643	0.163936
EOD
$d18 << EOD
1	0.079	0.0524746	0.0873367
2	0.155	0.103664	0.168982
EOD
$d19 << EOD
1	0.667	0.613988	0.678497
2	1.294	1.16414	1.56161
EOD
$d20 << EOD
1	1.536	1.30039	1.68833
2	2.873	2.24801	3.25232
EOD
$d21 << EOD
1	0.957	0.876597	1.02542
2	1.921	1.571	2.16298
EOD
$d22 << EOD
1	1.009	0.712282	1.07382
2	1.624	1.22575	2.32978
EOD
$d23 << EOD
1	1.816	1.17811	2.00833
2	2.941	2.00801	4.02849
EOD
$d24 << EOD
1	1.75	1.06649	1.93136
2	2.449	1.94017	4.11149
EOD
$d25 << EOD
1	2.395	1.50799	2.59814
2	4.034	2.87534	5.1745
EOD
$d26 << EOD
1	1.793	1.06914	1.99593
2	3.373	2.07207	3.84296
EOD
$d27 << EOD
1	1.704	1.30278	2.04051
2	3.193	2.57357	4.1187
EOD
$d28 << EOD
1	0.055	0.0491613	0.0841718
2	0.117	0.0903096	0.162208
EOD
$d29 << EOD
1	0.07	0.0539378	0.0893269
2	0.115	0.0973455	0.18513
EOD
$d30 << EOD
1	0.66	0.624976	0.7278
2	1.277	1.0625	1.53169
EOD
$d31 << EOD
1	1.134	1.07821	1.49468
2	2.231	1.44303	2.90897
EOD
$d32 << EOD
1	0.7	0.647042	0.829679
2	1.4	1.13804	1.82854
EOD
$d33 << EOD
1	0.896	0.701211	1.1054
2	1.69	1.16698	2.43529
EOD
$d34 << EOD
1	1.699	1.28281	2.22966
2	3.033	1.90342	4.11046
EOD
$d35 << EOD
1	1.65	1.24535	2.08898
2	2.982	1.71776	4.00902
EOD
$d36 << EOD
1	1.979	1.79628	2.99818
2	3.743	2.82412	6.35098
EOD
$d37 << EOD
1	1.467	1.32624	2.58821
2	3.013	1.98585	5.29364
EOD
$d38 << EOD
1	2.011	1.82999	2.69063
2	3.967	2.64448	5.48388
EOD
$d39 << EOD
1	0.075	0.047887	0.0847037
2	0.1	0.0848927	0.168402
EOD
$d40 << EOD
1	0.084	0.0516265	0.091373
2	0.109	0.0968025	0.182424
EOD
$d41 << EOD
1	0.606	0.563913	0.712587
2	1.161	1.04526	1.56128
EOD
$d42 << EOD
1	1.477	1.18895	1.60328
2	2.441	2.20065	3.28126
EOD
$d43 << EOD
1	0.983	0.823403	1.03978
2	1.716	1.25314	2.1967
EOD
$d44 << EOD
1	1.362	0.925009	1.53182
2	2.098	1.48213	3.25622
EOD
$d45 << EOD
1	2.722	1.6699	3.14352
2	4.062	3.06772	6.41643
EOD
$d46 << EOD
1	2.358	1.40021	2.63386
2	3.515	2.33665	5.28022
EOD
$d47 << EOD
1	2.523	1.5796	3.02559
2	3.481	2.59747	6.65652
EOD
$d48 << EOD
1	1.848	1.54172	2.96711
2	3.352	2.64773	5.82577
EOD
$d49 << EOD
1	2.277	1.58201	2.81108
2	3.209	2.38425	5.73625
EOD
$d50 << EOD
1	0.052	0.0490927	0.0880617
2	0.1	0.082951	0.160687
EOD
$d51 << EOD
1	0.058	0.0535471	0.0951129
2	0.11	0.101972	0.199745
EOD
$d52 << EOD
1	0.791	0.744502	1.0005
2	1.494	1.18335	2.18684
EOD
$d53 << EOD
1	1.394	1.20849	2.01816
2	2.649	1.8373	4.30744
EOD
$d54 << EOD
1	0.838	0.769326	1.08814
2	1.601	1.29517	2.36502
EOD
$d55 << EOD
1	1.624	1.29138	2.52744
2	2.721	2.23394	5.39045
EOD
$d56 << EOD
1	2.488	2.34324	4.96117
2	4.845	3.2981	9.88188
EOD
$d57 << EOD
1	3.392	2.23574	5.47363
2	5.224	3.41741	12.0165
EOD
$d58 << EOD
1	2.467	1.45456	4.42508
2	3.481	2.18289	10.2782
EOD
$d59 << EOD
1	3.498	2.31382	4.90534
2	5.102	3.42583	11.4047
EOD
$d60 << EOD
1	2.75	1.58333	5.03837
2	3.422	2.49576	11.2139
EOD
$d61 << EOD
1	0.086	0.0502948	0.09127
2	0.103	0.0934123	0.175145
EOD
$d62 << EOD
1	0.097	0.0545958	0.103795
2	0.116	0.0951628	0.212362
EOD
$d63 << EOD
1	1.148	0.886163	1.42222
2	1.849	1.4964	3.56797
EOD
$d64 << EOD
1	1.924	1.67901	3.18324
2	4.017	3.12866	7.60727
EOD
$d65 << EOD
1	0.978	0.843233	1.2345
2	1.946	1.71218	2.76844
EOD
$d66 << EOD
1	3.551	2.86613	3.75256
2	6.545	5.67199	7.37085
EOD
$d67 << EOD
1	8.681	6.90045	10.3681
2	18.156	13.764	20.5187
EOD
$d68 << EOD
1	6.952	6.19248	8.55299
2	13.865	13.1093	16.7372
EOD
$d69 << EOD
1	7.191	6.61209	10.5507
2	14.309	12.695	20.9849
EOD
$d70 << EOD
1	7.725	7.0076	9.55712
2	15.426	13.9346	18.9173
EOD
$d71 << EOD
1	7.203	6.74092	11.7139
2	14.65	13.5458	22.7463
EOD
$d72 << EOD
1	0.059	0.0530302	0.100739
2	0.113	0.105863	0.187898
EOD
$d73 << EOD
1	0.065	0.0579249	0.11085
2	0.126	0.112502	0.223683
EOD
$d74 << EOD
1	3.833	3.40954	4.76307
2	7.652	6.97908	9.36618
EOD
$d75 << EOD
1	4.113	3.76859	5.68954
2	8.177	7.08321	11.0874
EOD
$d76 << EOD
1	1.981	1.74452	2.181
2	3.829	3.49207	4.3424
EOD
$d77 << EOD
1	2.031	1.53944	2.87876
2	4.003	3.0236	5.99909
EOD
$d78 << EOD
1	3.449	2.91863	5.35885
2	8.173	6.08651	11.2223
EOD
$d79 << EOD
1	3.944	2.71997	6.48881
2	7.185	5.38492	13.0117
EOD
$d80 << EOD
1	2.649	1.95396	5.69092
2	6.111	3.59757	10.835
EOD
$d81 << EOD
1	4.424	2.80842	6.41297
2	9	5.34869	12.5964
EOD
$d82 << EOD
1	3.73	1.92227	6.80188
2	7.228	3.90231	15.46
EOD
$d83 << EOD
1	0.076	0.0681984	0.125922
2	0.146	0.134119	0.235732
EOD
$d84 << EOD
1	0.082	0.0760211	0.138682
2	0.158	0.14632	0.278911
EOD
$d85 << EOD
1	1.185	0.993366	2.32397
2	2.881	1.95908	6.00826
EOD
$d86 << EOD
1	2.634	2.07449	4.29621
2	5.542	4.42579	7.76912
EOD
$d87 << EOD
1	1.181	0.945421	1.63785
2	2.327	1.8683	2.97724
EOD
$d88 << EOD
1	0.884	0.656077	1.14852
2	1.725	1.21148	2.22028
EOD
$d89 << EOD
1	1.56	1.07758	2.26701
2	3.275	2.08653	4.24373
EOD
$d90 << EOD
1	1.576	1.03104	2.18224
2	3.19	2.0654	4.35455
EOD
$d91 << EOD
1	2.113	1.54767	2.84949
2	4.075	3.2691	6.23015
EOD
$d92 << EOD
1	1.664	1.07422	2.32411
2	3.316	2.12679	4.5559
EOD
$d93 << EOD
1	1.793	1.5825	2.57966
2	3.56	2.88574	5.86331
EOD
$d94 << EOD
1	0.073	0.0457743	0.0819817
2	0.126	0.0899707	0.166642
EOD
$d95 << EOD
1	0.069	0.0511027	0.0928682
2	0.124	0.0983593	0.173334
EOD
$d96 << EOD
1	0.6	0.50745	0.720422
2	1.125	1.07217	1.66723
EOD
$d97 << EOD
1	1.06	0.802615	1.52929
2	2.182	1.62938	3.22077
EOD
$d98 << EOD
1	0.758	0.588861	0.954632
2	1.397	1.18646	1.99186
EOD
$d99 << EOD
1	0.747	0.615995	1.2061
2	1.438	1.17216	2.28156
EOD
$d100 << EOD
1	1.229	1.04859	2.23075
2	2.51	2.06238	5.17371
EOD
$d101 << EOD
1	1.162	0.904623	2.13907
2	2.353	1.78115	4.34341
EOD
$d102 << EOD
1	1.402	1.15216	2.39477
2	2.699	2.23408	4.66051
EOD
$d103 << EOD
1	1.245	0.966656	1.6013
2	2.442	1.80661	3.36855
EOD
$d104 << EOD
1	1.365	0.964644	1.80386
2	2.439	2.06177	3.88257
EOD
$d105 << EOD
1	0.074	0.0456048	0.0821789
2	0.099	0.0885172	0.165349
EOD
$d106 << EOD
1	0.082	0.0521582	0.0906419
2	0.109	0.0952132	0.188142
EOD
$d107 << EOD
1	0.623	0.565651	0.714665
2	1.205	1.10317	1.66362
EOD
$d108 << EOD
1	1.054	0.899653	1.37018
2	1.977	1.65213	3.10401
EOD
$d109 << EOD
1	0.654	0.515512	0.790117
2	1.242	0.949765	1.63896
EOD
$d110 << EOD
1	0.725	0.513945	0.936816
2	1.193	1.08114	1.97286
EOD
$d111 << EOD
1	0.981	0.770885	1.35781
2	2.103	1.54977	2.58781
EOD
$d112 << EOD
1	1.18	0.868818	1.66919
2	2.225	1.74084	3.0227
EOD
$d113 << EOD
1	1.053	0.787293	1.45819
2	1.99	1.50586	3.1759
EOD
$d114 << EOD
1	1.082	0.905794	1.45299
2	2.119	1.83805	3.02569
EOD
$d115 << EOD
1	1.019	0.773027	1.33739
2	2.05	1.76281	2.92329
EOD
$d116 << EOD
1	0.119	0.0810342	0.135815
2	0.165	0.158797	0.278761
EOD
$d117 << EOD
1	0.129	0.0876138	0.144897
2	0.241	0.173568	0.26745
EOD
$d118 << EOD
1	0.474	0.421293	0.499217
2	0.937	0.80172	1.15997
EOD
$d119 << EOD
1	0.78	0.63306	0.922982
2	1.275	1.21044	1.97251
EOD
$d120 << EOD
1	0.374	0.322951	0.410503
2	0.703	0.629638	0.906197
EOD
$d121 << EOD
1	1.002	0.68284	1.20052
2	1.892	1.35849	2.44503
EOD
$d122 << EOD
1	1.893	1.10121	2.2492
2	2.994	2.14733	4.83281
EOD
$d123 << EOD
1	1.593	0.992087	1.98497
2	2.8	1.93439	4.0631
EOD
$d124 << EOD
1	1.531	1.06742	1.87751
2	2.231	2.02563	3.93466
EOD
$d125 << EOD
1	1.211	0.9208	1.53827
2	2.082	1.89001	2.94104
EOD
$d126 << EOD
1	1.393	0.844467	1.62092
2	2.241	1.78382	3.5278
EOD
$d127 << EOD
1	0.08	0.0506643	0.0847787
2	0.125	0.0984448	0.17251
EOD
$d128 << EOD
1	0.086	0.054819	0.0924228
2	0.122	0.0931329	0.192974
EOD
$d129 << EOD
1	0.632	0.583581	0.663926
2	1.223	0.781266	1.55487
EOD
$d130 << EOD
1	0.987	0.841412	1.26297
2	1.815	1.66943	2.46304
EOD
$d131 << EOD
1	0.621	0.583503	0.662841
2	1.192	1.03262	1.5708
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set multiplot layout 5,3 title "Range queries of ~100 keys: aggregate throughput against threads (higher is better)" font ",12" margins 0.085,0.985,0.0469,0.9563 spacing 0.1,0.0594
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
set yrange [0.0362021:7.19277]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0353565:7.67565]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0364157:6.98557]
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
set yrange [0.0354718:8.57382]
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
set yrange [0.036365:8.9863]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
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
set yrange [0.0372554:16.2223]
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
set yrange [0.0392816:30.7076]
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
set yrange [0.0505173:20.871]
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
set yrange [0.0339069:8.4107]
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
set yrange [0.0337813:6.9845]
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
set yrange [0.0600253:4.28747]
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
set yrange [0.0375291:6.52429]
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
