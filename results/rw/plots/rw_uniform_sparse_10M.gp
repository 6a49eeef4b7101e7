# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.952	0.667423	1.15212
0.79	0.893	0.522456	1.01005
1.79	0.714	0.389511	0.762096
2.79	0.731	0.413621	0.826506
3.79	0.429	0.333264	0.507025
4.79	0.802	0.512917	0.859008
5.79	0.879	0.48728	1.18123
EOD
$d1 << EOD
-0.07	2.724	1.17054	3.42268
0.93	2.625	1.08153	3.39852
1.93	2.413	1.55358	3.13236
2.93	2.598	1.6505	3.33338
3.93	0.792	0.448801	0.903689
4.93	2.601	1.36154	2.77313
5.93	2.389	1.22968	2.94159
EOD
$d2 << EOD
0.07	1.594	1.18703	3.12558
1.07	1.871	0.991885	2.62744
2.07	1.803	0.874138	2.33917
3.07	1.746	1.05822	2.19442
4.07	0.521	0.40503	0.618524
5.07	1.482	1.33094	2.3166
6.07	1.81	1.14083	2.26765
EOD
$d3 << EOD
0.21	0.091	0.0649748	0.0970312
1.21	0.069	0.0529034	0.104862
2.21	0.082	0.0368696	0.115967
3.21	0.091	0.0702146	0.130692
4.21	0.031	0.016632	0.0340304
5.21	0.083	0.0657866	0.0989773
6.21	0.088	0.0503515	0.106037
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 8b71512f9a07 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T23:19:17Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.01232:4.62061]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
