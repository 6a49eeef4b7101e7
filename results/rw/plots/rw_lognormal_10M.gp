# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.772	0.593005	0.845039
0.79	0.64	0.503132	0.828037
1.79	0.692	0.474835	0.744126
2.79	0.556	0.471509	0.706133
3.79	0.399	0.363474	0.48078
4.79	0.692	0.551591	0.897086
5.79	0.713	0.659104	1.08845
EOD
$d1 << EOD
-0.07	2.285	1.80718	2.55756
0.93	1.621	1.37283	2.19976
1.93	1.454	1.18411	2.18549
2.93	1.667	1.12027	2.53331
3.93	0.47	0.324868	0.627026
4.93	1.59	1.35269	2.01498
5.93	1.561	1.31729	2.0933
EOD
$d2 << EOD
0.07	1.675	1.48028	2.88016
1.07	1.495	1.32951	2.0586
2.07	1.475	1.09724	2.01263
3.07	1.739	1.38697	1.94241
4.07	0.442	0.363616	0.5304
5.07	1.765	1.24013	2.08987
6.07	1.631	1.2181	1.96779
EOD
$d3 << EOD
0.21	0.153	0.135466	0.154583
1.21	0.116	0.0960897	0.141702
2.21	0.172	0.113487	0.176724
3.21	0.189	0.135274	0.201091
4.21	0.047	0.0449707	0.047413
5.21	0.133	0.130628	0.138306
6.21	0.164	0.162752	0.170425
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0333116:3.88822]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
