# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.438	1.26503	1.9868
0.666667	1.296	1.18847	1.82631
1.66667	1.203	0.987889	1.51998
2.66667	1.121	1.04235	1.58035
3.66667	0.764	0.668892	0.948305
4.66667	1.337	1.08589	1.70092
5.66667	1.302	1.12592	1.53965
EOD
$d1 << EOD
-0.2	4.152	3.67685	4.49101
0.8	3.724	3.2324	3.93574
1.8	3.881	3.54699	4.02964
2.8	4.291	4.13789	4.46042
3.8	1.231	1.10476	1.33238
4.8	3.772	3.40104	4.00993
5.8	3.699	3.5014	3.89073
EOD
$d2 << EOD
-0.0666667	4.068	3.29175	4.52047
0.933333	3.587	3.18763	4.09724
1.93333	3.357	2.86993	3.71832
2.93333	3.175	2.87472	3.67048
3.93333	0.896	0.766565	1.12376
4.93333	3.495	3.15146	4.03566
5.93333	3.567	3.19446	4.0165
EOD
$d3 << EOD
0.0666667	0.181	0.157281	0.20569
1.06667	0.151	0.13582	0.186309
2.06667	0.157	0.13967	0.176879
3.06667	0.174	0.157585	0.193607
4.06667	0.046	0.0436642	0.050113
5.06667	0.139	0.129314	0.162641
6.06667	0.139	0.103044	0.163527
EOD
$d4 << EOD
0.2	6.884	4.49871	7.73868
1.2	4.355	2.74331	5.27794
2.2	3.31	2.01302	3.98619
3.2	3.055	2.8753	3.76556
4.2	1.314	1.24077	1.54658
5.2	4.744	4.10238	5.33313
6.2	4.572	4.19632	5.16919
EOD
$d5 << EOD
0.333333	1.845	1.67749	2.31385
1.33333	0.907	0.731014	1.01322
2.33333	0.497	0.430357	0.643524
3.33333	0.38	0.369811	0.52716
4.33333	0.165	0.159019	0.189921
6.33333	0.833	0.710952	1.02068
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0323438:10.4472]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
