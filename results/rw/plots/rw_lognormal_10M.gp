# Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.448	1.26589	1.61611
0.666667	1.361	1.18045	1.47801
1.66667	1.269	1.08856	1.39183
2.66667	1.238	1.0492	1.35579
3.66667	0.806	0.695725	0.830206
4.66667	1.332	1.14174	1.38944
5.66667	1.783	1.37676	1.89244
EOD
$d1 << EOD
-0.2	4.679	2.87021	4.75509
0.8	4.818	3.52764	5.09264
1.8	6.671	5.43638	6.99565
2.8	8.885	7.97505	9.22935
3.8	1.566	1.18033	1.60522
4.8	4.748	3.19501	4.93162
5.8	4.935	3.47752	5.0105
EOD
$d2 << EOD
-0.0666667	6.328	4.1946	6.69891
0.933333	4.787	3.37808	5.44701
1.93333	4.131	2.55759	4.56721
2.93333	4.14	2.38834	4.52231
3.93333	1.141	0.967946	1.21763
4.93333	4.798	3.15387	4.89788
5.93333	4.782	3.55549	4.88926
EOD
$d3 << EOD
0.0666667	0.227	0.161806	0.241643
1.06667	0.215	0.156934	0.223987
2.06667	0.246	0.157698	0.252947
3.06667	0.286	0.19063	0.295531
4.06667	0.067	0.0418522	0.0702321
5.06667	0.203	0.143989	0.221719
6.06667	0.242	0.167118	0.261262
EOD
$d4 << EOD
0.2	6.932	4.35812	7.05671
1.2	4.466	2.81638	4.70511
2.2	3.216	2.26059	3.49268
3.2	2.863	1.95855	3.0799
4.2	1.289	1.19431	1.4306
5.2	4.252	3.16825	4.73527
6.2	4.204	3.39706	4.43579
EOD
$d5 << EOD
0.333333	2.108	2.00216	2.25181
1.33333	1.265	0.865442	1.39654
2.33333	0.799	0.633281	0.91146
3.33333	0.79	0.626149	0.854171
4.33333	0.146	0.142435	0.155077
6.33333	1.268	0.783215	1.35314
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen d7e9cb76177e | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T11:44:52Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0310016:12.4596]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
