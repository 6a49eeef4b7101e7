# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.358	0.924592	1.40946
0.666667	1.277	0.886096	1.34617
1.66667	1.159	0.863679	1.27035
2.66667	1.175	0.861241	1.23059
3.66667	0.768	0.584005	0.789737
4.66667	1.314	0.889743	1.38334
5.66667	1.264	0.905317	1.34905
EOD
$d1 << EOD
-0.2	3.034	2.10927	4.06726
0.8	3.715	2.5061	4.4309
1.8	5.494	4.62302	6.29778
2.8	8.103	7.67914	9.07169
3.8	1.214	0.967899	1.50762
4.8	3.5	2.62632	4.18293
5.8	3.679	2.76394	4.35599
EOD
$d2 << EOD
-0.0666667	2.89	1.90112	3.81882
0.933333	2.294	1.59593	2.97092
1.93333	1.788	1.30393	2.33173
2.93333	1.734	1.29512	2.17705
3.93333	0.924	0.757411	1.06822
4.93333	2.397	1.73006	3.03021
5.93333	2.348	1.76841	3.21812
EOD
$d3 << EOD
0.0666667	0.145	0.137499	0.197922
1.06667	0.138	0.128679	0.233416
2.06667	0.166	0.147767	0.258243
3.06667	0.191	0.174516	0.307979
4.06667	0.047	0.0397958	0.0698655
5.06667	0.19	0.130603	0.224122
6.06667	0.196	0.148631	0.243982
EOD
$d4 << EOD
0.2	3.979	2.47226	4.77414
1.2	2.491	1.60781	3.61026
2.2	1.639	1.17688	2.44214
3.2	1.502	1.29518	2.2693
4.2	0.757	0.714086	0.858605
5.2	2.561	1.72422	3.33238
6.2	2.397	1.53485	3.23549
EOD
$d5 << EOD
0.333333	2.173	1.51421	2.6397
1.33333	0.911	0.637531	1.06211
2.33333	0.471	0.398235	0.644173
3.33333	0.445	0.387371	0.603032
4.33333	0.167	0.1468	0.217473
6.33333	0.694	0.508085	1.10433
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0294784:12.2468]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
