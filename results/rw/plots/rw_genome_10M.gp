# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.326	1.18853	1.55289
0.666667	1.225	1.12681	1.38018
1.66667	1.122	1.04118	1.27593
2.66667	1.112	0.957093	1.242
3.66667	0.698	0.633085	0.795538
4.66667	1.173	1.00159	1.41243
5.66667	1.254	1.00797	1.44834
EOD
$d1 << EOD
-0.2	3.417	2.1566	3.49093
0.8	3.228	2.41521	3.53828
1.8	3.684	3.13167	3.7474
2.8	4.193	3.8113	4.49402
3.8	1.059	0.753971	1.11546
4.8	3.303	2.39706	3.42506
5.8	3.262	2.39075	3.46332
EOD
$d2 << EOD
-0.0666667	2.635	1.25434	3.21984
0.933333	2.344	1.13589	2.85972
1.93333	2.098	1.11935	2.53321
2.93333	2.044	1.13135	2.44349
3.93333	0.665	0.586195	0.826185
4.93333	2.26	1.20907	2.83988
5.93333	2.205	1.27276	2.67824
EOD
$d3 << EOD
0.0666667	0.165	0.109133	0.182635
1.06667	0.147	0.0912551	0.1678
2.06667	0.155	0.09946	0.168554
3.06667	0.171	0.105068	0.187452
4.06667	0.047	0.0284402	0.0485665
5.06667	0.146	0.0949097	0.161003
6.06667	0.154	0.139162	0.17123
EOD
$d4 << EOD
0.2	3.946	3.59552	4.55058
1.2	2.65	2.2143	3.11561
2.2	1.755	1.43843	1.81478
3.2	1.59	1.37842	1.6942
4.2	0.772	0.719701	0.85599
5.2	2.692	2.403	2.99441
6.2	2.237	2.06461	2.55083
EOD
$d5 << EOD
0.333333	2.346	2.10394	2.40004
1.33333	0.95	0.753184	1.04326
2.33333	0.514	0.461704	0.648344
3.33333	0.457	0.423483	0.561613
4.33333	0.198	0.187032	0.218757
6.33333	0.945	0.840819	1.07053
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [0.0210668:6.14329]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
