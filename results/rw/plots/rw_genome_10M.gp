# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.451	1.34288	1.61842
0.666667	1.386	1.20947	1.47818
1.66667	1.256	1.2137	1.40364
2.66667	1.223	1.17539	1.36863
3.66667	0.802	0.775425	0.891236
4.66667	1.385	1.2137	1.56044
5.66667	1.348	1.24306	1.54441
EOD
$d1 << EOD
-0.2	3.879	3.00156	4.39369
0.8	3.714	3.00969	4.86107
1.8	5.521	3.52367	6.28105
2.8	7.978	3.21903	8.84799
3.8	1.437	1.15611	1.64148
4.8	4.208	3.18265	4.32561
5.8	4.502	3.73072	4.81888
EOD
$d2 << EOD
-0.0666667	3.592	2.75451	3.84456
0.933333	2.899	2.55487	3.22052
1.93333	2.227	2.12456	2.63305
2.93333	2.198	1.77242	2.49419
3.93333	1.021	0.930629	1.07395
4.93333	2.772	2.10942	3.08984
5.93333	3.206	2.34124	3.27103
EOD
$d3 << EOD
0.0666667	0.225	0.172387	0.242144
1.06667	0.227	0.16347	0.230238
2.06667	0.241	0.22492	0.254596
3.06667	0.286	0.25039	0.317547
4.06667	0.068	0.0600892	0.069023
5.06667	0.212	0.179953	0.223078
6.06667	0.221	0.195748	0.243445
EOD
$d4 << EOD
0.2	4.134	4.01208	5.00463
1.2	2.908	2.64888	3.28293
2.2	1.909	1.78071	2.31867
3.2	1.574	1.41141	2.08421
4.2	0.846	0.785219	0.900469
5.2	3.104	2.62952	3.19606
6.2	2.669	2.28854	2.9924
EOD
$d5 << EOD
0.333333	2.333	1.71871	2.44271
1.33333	0.929	0.925106	1.1994
2.33333	0.58	0.43465	0.686335
3.33333	0.513	0.398608	0.609426
4.33333	0.212	0.164171	0.218804
6.33333	0.941	0.660605	1.0168
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0445105:11.9448]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
