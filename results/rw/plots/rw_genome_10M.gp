# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.386	0.955206	1.42013
0.666667	1.251	0.934568	1.36523
1.66667	1.134	0.938987	1.24408
2.66667	1.115	0.907913	1.21465
3.66667	0.703	0.6017	0.808672
4.66667	1.063	0.93284	1.35867
5.66667	1.19	0.977587	1.36678
EOD
$d1 << EOD
-0.2	3.35	2.17418	3.64352
0.8	3.191	2.41382	3.40803
1.8	3.631	3.06374	3.70277
2.8	4.314	3.50958	4.32533
3.8	1.041	0.790671	1.07783
4.8	3.143	2.23614	3.43994
5.8	3.252	2.38153	3.46268
EOD
$d2 << EOD
-0.0666667	2.51	1.38417	3.10663
0.933333	2.195	1.018	2.66986
1.93333	1.942	1.20716	2.3223
2.93333	1.977	1.15077	2.18185
3.93333	0.704	0.598012	0.797355
4.93333	2.237	1.29501	2.68381
5.93333	2.376	1.40769	2.76087
EOD
$d3 << EOD
0.0666667	0.164	0.114531	0.179148
1.06667	0.146	0.0945603	0.167634
2.06667	0.155	0.152843	0.16799
3.06667	0.168	0.144952	0.189618
4.06667	0.047	0.0455635	0.0494973
5.06667	0.143	0.122125	0.149361
6.06667	0.155	0.103297	0.160986
EOD
$d4 << EOD
0.2	3.831	3.43238	4.23225
1.2	2.624	2.30776	2.98849
2.2	1.684	1.31401	1.79739
3.2	1.531	0.962256	1.70872
4.2	0.762	0.548554	0.842169
5.2	2.355	1.43422	2.59472
6.2	2.343	1.45029	2.79436
EOD
$d5 << EOD
0.333333	2.2	1.30392	2.50089
1.33333	0.929	0.515874	1.03629
2.33333	0.538	0.309951	0.555659
3.33333	0.479	0.28718	0.533851
4.33333	0.195	0.141908	0.200083
6.33333	0.843	0.514285	0.957145
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0337507:5.8392]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
