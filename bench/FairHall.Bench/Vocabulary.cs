namespace FairHall.Bench;

/// <summary>One product noun in both languages with the category it is sold under.</summary>
internal sealed record Noun(string Zh, string En, string Category);

/// <summary>
/// The product-noun vocabulary of the generator and of the search scenario: nouns (many two-character words such
/// as 水杯, 灯具, 茶具, 音箱), modifiers, materials, brands and origins, Chinese and English side by side.
/// </summary>
internal static class Vocabulary
{
    public static readonly Noun[] Nouns =
    [
        new("水杯", "cup", "家居用品"), new("保温杯", "vacuum flask", "家居用品"), new("茶具", "tea set", "日用陶瓷"), new("茶壶", "teapot", "日用陶瓷"),
        new("餐具", "tableware", "厨房用具"), new("炒锅", "wok", "厨房用具"), new("汤锅", "stock pot", "厨房用具"), new("菜刀", "kitchen knife", "厨房用具"),
        new("砧板", "chopping board", "厨房用具"), new("饭盒", "lunch box", "厨房用具"), new("碗碟", "bowls and plates", "日用陶瓷"), new("花瓶", "vase", "家居装饰品"),
        new("灯具", "lamp", "照明产品"), new("台灯", "desk lamp", "照明产品"), new("吊灯", "pendant light", "照明产品"), new("灯泡", "light bulb", "照明产品"),
        new("灯带", "LED strip", "照明产品"), new("手电筒", "flashlight", "照明产品"), new("音箱", "speaker", "消费电子"), new("耳机", "headphones", "消费电子"),
        new("充电器", "charger", "消费电子"), new("数据线", "data cable", "消费电子"), new("键盘", "keyboard", "消费电子"), new("鼠标", "mouse", "消费电子"),
        new("手表", "watch", "钟表眼镜"), new("闹钟", "alarm clock", "钟表眼镜"), new("眼镜", "glasses", "钟表眼镜"), new("相机", "camera", "消费电子"),
        new("电饭煲", "rice cooker", "家用电器"), new("电水壶", "electric kettle", "家用电器"), new("风扇", "fan", "家用电器"), new("空调", "air conditioner", "家用电器"),
        new("冰箱", "refrigerator", "家用电器"), new("洗衣机", "washing machine", "家用电器"), new("吸尘器", "vacuum cleaner", "家用电器"), new("电熨斗", "iron", "家用电器"),
        new("插座", "socket", "电子电气产品"), new("开关", "switch", "电子电气产品"), new("电线", "wire", "电子电气产品"), new("电池", "battery", "新能源"),
        new("逆变器", "inverter", "新能源"), new("光伏板", "solar panel", "新能源"), new("轮胎", "tyre", "汽车配件"), new("刹车片", "brake pad", "汽车配件"),
        new("雨刷", "wiper blade", "汽车配件"), new("头盔", "helmet", "摩托车"), new("单车", "bicycle", "自行车"), new("车铃", "bicycle bell", "自行车"),
        new("电机", "electric motor", "动力、电力设备"), new("水泵", "water pump", "通用机械和机械基础件"), new("轴承", "bearing", "通用机械和机械基础件"), new("阀门", "valve", "通用机械和机械基础件"),
        new("齿轮", "gear", "通用机械和机械基础件"), new("机床", "machine tool", "加工机械设备"), new("焊机", "welding machine", "加工机械设备"), new("叉车", "forklift", "工程机械"),
        new("锁具", "lock", "五金"), new("门锁", "door lock", "五金"), new("铰链", "hinge", "五金"), new("螺丝", "screw", "五金"),
        new("扳手", "spanner", "工具"), new("钳子", "pliers", "工具"), new("电钻", "electric drill", "工具"), new("卷尺", "tape measure", "工具"),
        new("瓷砖", "ceramic tile", "建筑及装饰材料"), new("地板", "flooring", "建筑及装饰材料"), new("涂料", "paint", "化工产品"), new("胶水", "glue", "化工产品"),
        new("马桶", "toilet", "卫浴设备"), new("花洒", "shower head", "卫浴设备"), new("水龙头", "faucet", "卫浴设备"), new("浴巾", "bath towel", "家用纺织品"),
        new("毛巾", "towel", "家用纺织品"), new("床单", "bed sheet", "家用纺织品"), new("枕头", "pillow", "家用纺织品"), new("窗帘", "curtain", "家用纺织品"),
        new("地毯", "carpet", "地毯及挂毯"), new("沙发", "sofa", "家具"), new("椅子", "chair", "家具"), new("桌子", "table", "家具"),
        new("衣柜", "wardrobe", "家具"), new("书架", "bookshelf", "家具"), new("玩具", "toy", "玩具"), new("积木", "building blocks", "玩具"),
        new("童装", "children's wear", "童装"), new("童鞋", "children's shoes", "孕婴童用品"), new("奶瓶", "baby bottle", "孕婴童用品"), new("背包", "backpack", "箱包"),
        new("钱包", "wallet", "箱包"), new("拉杆箱", "trolley case", "箱包"), new("雨伞", "umbrella", "家居用品"), new("衬衫", "shirt", "男女装"),
        new("外套", "coat", "男女装"), new("围巾", "scarf", "服装饰物及配件"), new("帽子", "hat", "服装饰物及配件"), new("袜子", "socks", "内衣"),
        new("运动鞋", "sneakers", "鞋"), new("拖鞋", "slippers", "鞋"), new("瑜伽垫", "yoga mat", "体育及旅游休闲用品"), new("帐篷", "tent", "体育及旅游休闲用品"),
        new("鱼竿", "fishing rod", "体育及旅游休闲用品"), new("球拍", "racket", "体育及旅游休闲用品"), new("茶叶", "tea", "食品"), new("蜂蜜", "honey", "食品"),
        new("口罩", "face mask", "医疗器械及防护用品"), new("血压计", "blood pressure monitor", "医疗器械及防护用品"), new("香薰", "aroma diffuser", "个人护理用具"), new("剃须刀", "shaver", "个人护理用具"),
        new("梳子", "comb", "个人护理用具"), new("宠物窝", "pet bed", "宠物用品及食品"), new("猫砂", "cat litter", "宠物用品及食品"), new("花盆", "flower pot", "园林产品"),
        new("剪刀", "scissors", "工具"), new("文具", "stationery", "办公文具"), new("笔记本", "notebook", "办公文具"), new("彩笔", "colour pens", "办公文具"),
        new("相框", "photo frame", "家居装饰品"), new("蜡烛", "candle", "节日用品"), new("灯笼", "lantern", "节日用品"), new("礼品盒", "gift box", "礼品及赠品"),
    ];

    public static readonly (string Zh, string En)[] Modifiers =
    [
        ("便携式", "portable"), ("智能", "smart"), ("多功能", "multi-function"), ("折叠", "folding"), ("迷你", "mini"), ("加厚", "heavy-duty"),
        ("无线", "wireless"), ("防水", "waterproof"), ("节能", "energy-saving"), ("家用", "household"), ("商用", "commercial"), ("复古", "vintage"),
        ("北欧风", "Nordic-style"), ("儿童", "kids'"), ("户外", "outdoor"), ("手工", "handmade"), ("环保", "eco-friendly"), ("豪华", "deluxe"),
        ("轻量", "lightweight"), ("可调节", "adjustable"), ("", ""), ("", ""), ("", ""),
    ];

    public static readonly (string Zh, string En)[] Materials =
    [
        ("不锈钢", "stainless steel"), ("陶瓷", "ceramic"), ("玻璃", "glass"), ("竹制", "bamboo"), ("实木", "solid wood"), ("硅胶", "silicone"),
        ("纯棉", "cotton"), ("真皮", "leather"), ("铝合金", "aluminium"), ("塑料", "plastic"), ("铸铁", "cast iron"), ("亚麻", "linen"),
        ("碳纤维", "carbon fibre"), ("", ""), ("", ""), ("", ""), ("", ""),
    ];

    public static readonly string[] Brands =
    [
        "美厨", "声海", "光明星", "华艺", "金象", "德力", "雅居", "乐途", "恒通", "佳能达", "天工", "宏达", "和风", "绿源", "小熊猫",
        "Sunrise", "Golden Bridge", "BlueOcean", "Everlight", "Homemate", "Tianyi", "Kingstar", "Pearl River",
    ];

    public static readonly (string Zh, string En)[] Origins =
    [
        ("广东广州", "Guangzhou, Guangdong"), ("广东佛山", "Foshan, Guangdong"), ("广东深圳", "Shenzhen, Guangdong"), ("广东东莞", "Dongguan, Guangdong"),
        ("浙江义乌", "Yiwu, Zhejiang"), ("浙江宁波", "Ningbo, Zhejiang"), ("浙江永康", "Yongkang, Zhejiang"), ("江苏苏州", "Suzhou, Jiangsu"),
        ("福建厦门", "Xiamen, Fujian"), ("福建泉州", "Quanzhou, Fujian"), ("山东青岛", "Qingdao, Shandong"), ("江西景德镇", "Jingdezhen, Jiangxi"),
        ("河北石家庄", "Shijiazhuang, Hebei"), ("上海", "Shanghai"), ("天津", "Tianjin"),
    ];

    public static readonly string[] IndustryWordsZh = ["实业", "贸易", "电器", "科技", "家居", "五金", "工艺品", "进出口", "制造", "日用品"];

    public static readonly string[] IndustryWordsEn = ["Industrial", "Trading", "Electric Appliance", "Technology", "Home Furnishing", "Hardware", "Arts & Crafts", "Import & Export", "Manufacturing", "Daily Necessities"];

    /// <summary>Search terms the driver rotates through: 2-character and longer Chinese words, English words and phrases.</summary>
    public static IReadOnlyList<string> SearchTerms()
    {
        List<string> terms = [];
        foreach (var n in Nouns)
        {
            terms.Add(n.Zh);
            terms.Add(n.En);
        }

        terms.AddRange(["不锈钢 水杯", "陶瓷 茶具", "smart speaker", "stainless", "bamboo", "led", "无线 耳机", "便携", "户外 帐篷", "glass vase"]);
        return terms;
    }

    /// <summary>
    /// Queries that try to make the search slow or fail: empty, very long, punctuation and engine syntax, NUL, a
    /// single very common character, the commonest words all at once (the most terms the tokenizer passes on).
    /// </summary>
    public static IReadOnlyList<(string Label, string Query)> AdversarialTerms() =>
    [
        ("empty", ""),
        ("1,000 characters", string.Concat(Enumerable.Repeat("水杯cup ", 170))[..1000]),
        ("punctuation only", "!@#$%^&*()_+-=[]{};':\",./<>?"),
        ("a double quote", "\""),
        ("an asterisk", "*"),
        ("NEAR(a b)", "NEAR(水杯 cup)"),
        ("OR / AND / NOT", "cup OR lamp AND NOT 杯"),
        ("tsquery syntax", "cup & lamp | !x:*"),
        ("NUL character", "cup\0lamp"),
        ("one common character 杯", "杯"),
        ("one letter c", "c"),
        ("12 common words", "不锈钢 陶瓷 玻璃 led smart 便携 户外 家用 水杯 灯具 耳机 cup"),
        ("a word nobody sells", "火箭发动机"),
    ];
}
