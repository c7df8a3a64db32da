# French: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText).

[detection-words]
à, au, aussi, aux, avait, avec, ce, cela, ces, cette, comme, dans, de, des,
deux, du, elle, en, encore, est, et, été, être, il, ils, la, le, les, leur,
lui, mais, même, ne, nous, on, ont, ou, par, pas, plus, pour, qu, que, qui,
sa, sans, se, ses, son, sont, sur, tout, tous, très, un, une, vous, y
