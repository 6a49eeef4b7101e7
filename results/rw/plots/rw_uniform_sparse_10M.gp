# Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	1.461	1.40342	1.75668
0.666667	1.41	1.2748	1.53974
1.66667	1.32	1.16139	1.3816
2.66667	1.284	1.12845	1.38414
3.66667	0.806	0.734136	0.838629
4.66667	1.422	1.33216	1.57921
5.66667	1.4	1.35976	1.56602
EOD
$d1 << EOD
-0.2	4.724	4.51865	4.79955
0.8	5.071	5.02139	5.11865
1.8	7.059	6.91984	7.18597
2.8	9.409	9.09422	9.84397
3.8	1.617	1.57844	1.63162
4.8	4.828	4.46445	5.06629
5.8	5.112	4.79331	5.19848
EOD
$d2 << EOD
-0.0666667	6.871	6.69429	7.05826
0.933333	5.567	5.14321	5.67064
1.93333	4.748	4.41887	4.93998
2.93333	4.684	4.24899	4.85251
3.93333	1.202	1.18114	1.25256
4.93333	5.553	5.17805	5.75994
5.93333	5.597	5.19246	5.83277
EOD
$d3 << EOD
0.0666667	0.242	0.231717	0.250123
1.06667	0.214	0.204176	0.240121
2.06667	0.252	0.232964	0.262288
3.06667	0.294	0.263323	0.315526
4.06667	0.063	0.0600033	0.0659579
5.06667	0.192	0.166694	0.215012
6.06667	0.204	0.197892	0.232879
EOD
$d4 << EOD
0.2	7.017	6.44097	7.66008
1.2	4.443	4.33853	5.38657
2.2	3.257	3.12165	3.93439
3.2	3.111	2.91228	3.56617
4.2	1.355	1.28266	1.51894
5.2	4.71	4.33853	5.10571
6.2	4.666	4.29897	5.11525
EOD
$d5 << EOD
0.333333	1.859	1.83785	2.11478
1.33333	0.871	0.802872	0.960866
2.33333	0.566	0.498542	0.621528
3.33333	0.481	0.437941	0.50492
4.33333	0.179	0.177068	0.199514
6.33333	0.873	0.826298	0.992173
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0444469:13.2894]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
