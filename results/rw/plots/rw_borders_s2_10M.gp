# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.471	1.1586	1.65849
0.666667	1.335	1.10951	1.51544
1.66667	1.155	1.11711	1.39098
2.66667	1.124	1.10131	1.35924
3.66667	0.751	0.6874	0.87404
4.66667	1.26	0.997268	1.56765
5.66667	1.459	1.18807	1.94311
EOD
$d1 << EOD
-0.2	3.026	1.83449	3.67512
0.8	3.151	2.12665	3.38484
1.8	3.65	3.04436	3.79179
2.8	4.514	2.76997	4.63126
3.8	0.891	0.716168	1.06679
4.8	3.061	2.03256	3.62349
5.8	3.174	2.14937	3.54292
EOD
$d2 << EOD
-0.0666667	1.994	1.11317	2.32796
0.933333	1.587	0.992971	1.94725
1.93333	1.29	0.958717	1.58016
2.93333	1.245	0.931261	1.51652
3.93333	0.645	0.560025	0.715947
4.93333	1.429	1.06862	1.94127
5.93333	1.973	1.28142	2.44024
EOD
$d3 << EOD
0.0666667	0.176	0.11691	0.205793
1.06667	0.154	0.0997484	0.185236
2.06667	0.108	0.101608	0.173342
3.06667	0.182	0.105693	0.198171
4.06667	0.049	0.0268296	0.0516968
5.06667	0.148	0.097242	0.16768
6.06667	0.103	0.100082	0.18576
EOD
$d4 << EOD
0.2	1.147	1.02859	2.14601
1.2	0.963	0.789277	1.48743
2.2	0.75	0.659308	1.10748
3.2	0.961	0.660352	1.03972
4.2	0.604	0.450636	0.636218
5.2	1.375	0.837795	1.55723
6.2	1.628	0.996945	1.7139
EOD
$d5 << EOD
0.333333	0.821	0.613125	1.02652
1.33333	0.654	0.403164	0.667011
2.33333	0.334	0.302646	0.50716
3.33333	0.3	0.283939	0.482375
4.33333	0.062	0.0571306	0.088157
6.33333	0.791	0.598866	0.894179
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen ee6521c0f5ad | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T03:03:20Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0198738:6.2522]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
