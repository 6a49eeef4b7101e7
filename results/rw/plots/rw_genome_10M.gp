# Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.543	0.225474	0.624125
0.79	0.514	0.337524	0.627965
1.79	0.393	0.222971	0.525312
2.79	0.523	0.384225	0.577633
3.79	0.31	0.190656	0.339808
4.79	0.535	0.314682	0.696544
5.79	0.53	0.299617	0.612014
EOD
$d1 << EOD
-0.07	1.3	1.14423	1.74098
0.93	1.295	1.00899	1.46981
1.93	1.491	0.991196	1.51111
2.93	1.982	1.60498	2.24125
3.93	0.415	0.320666	0.594163
4.93	1.005	0.603421	1.4652
5.93	1.327	1.06267	1.62393
EOD
$d2 << EOD
0.07	1.054	0.818942	1.15105
1.07	0.839	0.642396	1.47419
2.07	0.742	0.603415	1.05008
3.07	0.838	0.562703	0.904009
4.07	0.308	0.154421	0.34987
5.07	1.013	0.779563	1.23613
6.07	0.948	0.439036	1.14334
EOD
$d3 << EOD
0.21	0.052	0.0423184	0.0756728
1.21	0.052	0.0500978	0.0636002
2.21	0.067	0.0486764	0.0895629
3.21	0.08	0.0593966	0.0960701
4.21	0.019	0.0144118	0.0242997
5.21	0.057	0.0419866	0.0667003
6.21	0.046	0.0380983	0.0703567
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0106754:3.02569]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.02, 0.05, 0.1, 0.2, 0.5, 1, 2)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
