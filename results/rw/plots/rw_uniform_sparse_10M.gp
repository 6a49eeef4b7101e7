# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.259	0.93751	1.61252
0.666667	1.148	1.01979	1.52468
1.66667	1.139	0.975848	1.34457
2.66667	1.163	0.982923	1.27697
3.66667	0.704	0.635449	0.83744
4.66667	1.2	1.02873	1.50105
5.66667	1.205	1.02584	1.47864
EOD
$d1 << EOD
-0.2	4.277	2.6673	4.96024
0.8	4.533	3.24077	5.14443
1.8	6.592	5.62651	7.22402
2.8	9.008	7.56218	9.72318
3.8	1.457	1.10059	1.56812
4.8	4.536	3.15009	4.939
5.8	4.49	3.24489	4.8417
EOD
$d2 << EOD
-0.0666667	5.895	3.92623	7.25163
0.933333	4.745	3.26365	5.82367
1.93333	3.928	2.56053	4.63441
2.93333	3.772	2.3985	4.65019
3.93333	1.057	0.89586	1.12451
4.93333	4.673	2.99619	5.45896
5.93333	4.651	3.13549	5.40047
EOD
$d3 << EOD
0.0666667	0.206	0.158037	0.239878
1.06667	0.184	0.139552	0.235904
2.06667	0.205	0.137562	0.261275
3.06667	0.265	0.213408	0.303058
4.06667	0.061	0.0511198	0.0659275
5.06667	0.182	0.148027	0.214725
6.06667	0.188	0.155342	0.233421
EOD
$d4 << EOD
0.2	6.175	5.43839	7.48329
1.2	4.116	3.49553	4.80462
2.2	3.101	2.36871	3.61281
3.2	2.887	2.21881	3.19139
4.2	1.209	1.16358	1.30998
5.2	4.12	3.33282	4.61229
6.2	3.956	3.36447	4.5498
EOD
$d5 << EOD
0.333333	1.55	1.38445	1.94523
1.33333	0.705	0.558684	0.852304
2.33333	0.434	0.344452	0.534488
3.33333	0.404	0.277317	0.500837
4.33333	0.168	0.123595	0.179013
6.33333	0.747	0.458364	0.868594
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 92d80755a507 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:12:03Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0378665:13.1263]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
