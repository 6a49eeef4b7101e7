# Range queries of ~100 keys: median ns, 1 thread; bars span the passes' min-max (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.35	867.468	792.989	918.019
0.65	869.542	781.754	1095.73
1.65	890.258	811.671	1364.88
2.65	857.266	795.263	876.089
3.65	598.922	566.903	803.502
4.65	403.346	378.676	481.261
5.65	234.174	232.331	242.609
6.65	295.923	286.003	330.157
EOD
$d1 << EOD
-0.25	389.034	370.61	415.892
0.75	384.492	355.367	489.568
1.75	418.834	367.584	506.347
2.75	383.868	362.742	425.051
3.75	284.195	276.46	374.243
4.75	222.998	214.297	241.371
5.75	121.493	120.744	128.264
6.75	182.906	167.136	229.878
EOD
$d2 << EOD
-0.15	454.571	423.521	571.963
0.85	455.042	426.603	544.79
1.85	562.045	523.194	763.323
2.85	444.769	413.158	502.532
3.85	399.158	377.898	425.002
4.85	255.773	221.934	280.226
5.85	112.864	112.067	121.885
6.85	162.584	143.107	215.059
EOD
$d3 << EOD
-0.05	295.871	282.82	349.967
0.95	282.668	265.753	342.069
1.95	345.723	326.015	397.729
2.95	294.045	274.702	336.279
3.95	342.745	309.095	357.847
4.95	210.327	181.507	290.634
5.95	91.695	91.487	92.969
6.95	122.353	115.028	146.339
EOD
$d4 << EOD
0.05	382.515	362.643	452.292
1.05	369.272	359.141	425.277
2.05	471.894	423.577	606.094
3.05	370.807	367.32	418.35
4.05	365.158	352.207	508.115
5.05	236.616	162.196	312.334
6.05	93.045	92.428	101.168
7.05	150.91	138.92	200.447
EOD
$d5 << EOD
0.15	357.558	345.924	482.094
1.15	344.047	322.372	410.452
2.15	407.668	380.775	454.385
3.15	341.802	335.629	406.097
4.15	306.67	289.462	352.912
5.15	223.78	167.063	269.282
6.15	83.11	82.598	85.29
7.15	126.706	120.266	150.931
EOD
$d6 << EOD
0.25	18142.1	17727.1	23234.1
1.25	18606.4	17932.6	20069.5
2.25	17875.6	17169.3	23033.6
3.25	18123.3	17597.6	24403.9
4.25	17107.4	16580.2	18089.5
5.25	16530.2	15944.2	18605
6.25	15526.1	15192.8	17591.8
7.25	11615.7	11063.1	15029.5
EOD
$d7 << EOD
0.35	16989.7	15867.5	20108.5
1.35	17243	16455	21247.9
2.35	16302.1	15442.8	19538.9
3.35	16704.5	16253	18023.1
4.35	15401.6	15026.2	16737.2
5.35	15062.6	14660.7	17661
6.35	14149	13878.2	15228
7.35	10717	10249.2	14513.3
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Range queries of ~100 keys: median ns, 1 thread; bars span the passes' min-max (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 346815f09be7 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-11-26T00:03:05Z | seed 1, 9 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 8
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "uniform_sparse:10M" 1, "zipf_gaps:10M" 2, "normal:10M" 3, "geoip_ipv4" 4, "geoip_ipv6" 5, "cities_s2" 6, "words" 7)
set xtics rotate by 30 right
set xrange [-0.6:7.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 6.5, graph 0 to 6.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [61.1837:32945.3]
set format y "%g"
set ylabel "ns per range query (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#000000" pt 7 ps PS lw 1.2 title "binsearch", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d4 using 1:2:3:4 with yerrorbars lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d5 using 1:2:3:4 with yerrorbars lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline", \
     $d6 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb", \
     $d7 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 3 ps PS lw 1.2 title "hotcold"
