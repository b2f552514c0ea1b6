namespace FairHall.Modules.Fairs;

/// <summary>The zone catalogue of the demo fair, modelled on the 136th Canton Fair's three phases (FAIR-2).</summary>
internal static class FairsDemoZones
{
    /// <summary>One zone: phase, names, reviewing association codes, and the key of its tag set ("" = no tags).</summary>
    public sealed record Row(int Phase, string NameZh, string NameEn, string[] Associations, string Tags);

    public static readonly Row[] Zones =
    [
        new(1, "家用电器", "Household Appliances", ["CCCME"], "elec"),
        new(1, "消费电子及信息产品", "Consumer Electronics and Information Products", ["CCCME"], "elec"),
        new(1, "智能家居", "Smart Home", ["CCCME"], "elec"),
        new(1, "电子电气产品", "Electronic and Electrical Products", ["CCCME"], "elec"),
        new(1, "照明产品", "Lighting Equipment", ["CCCME"], "light"),
        new(1, "新能源", "New Energy Resources", ["CCCME"], "elec"),
        new(1, "新能源汽车及智慧出行", "New Energy Vehicles and Smart Mobility", ["CCCME"], "vehicle"),
        new(1, "汽车配件", "Vehicle Spare Parts", ["CCCME"], "vehicle"),
        new(1, "摩托车", "Motorcycles", ["CCCME"], "vehicle"),
        new(1, "自行车", "Bicycles", ["CCCLA"], "vehicle"),
        new(1, "工业自动化及智能制造", "Industrial Automation and Intelligent Manufacturing", ["CCCME"], "machine"),
        new(1, "加工机械设备", "Processing Machinery Equipment", ["CCCME"], "machine"),
        new(1, "动力、电力设备", "Power and Electrical Equipment", ["CCCME"], "machine"),
        new(1, "通用机械和机械基础件", "General Machinery and Mechanical Components", ["CCCME"], "machine"),
        new(1, "工程机械", "Construction Machinery", ["CCCME"], "machine"),
        new(1, "农业机械", "Agricultural Machinery", ["CCCME"], "machine"),
        new(1, "服务机器人", "Service Robots", ["CCCME"], ""),
        new(1, "五金", "Hardware", ["CCCME", "CMC"], "material"),
        new(1, "工具", "Tools", ["CCCME"], ""),
        new(1, "建筑及装饰材料", "Building and Decorative Materials", ["CMC"], "material"),
        new(1, "卫浴设备", "Sanitary and Bathroom Equipment", ["CMC"], "material"),
        new(1, "化工产品", "Chemical Products", ["CMC"], ""),
        new(2, "日用陶瓷", "Household Ceramics", ["CCCLA"], "material"),
        new(2, "厨房用具", "Kitchenware and Tableware", ["CCCLA"], "material"),
        new(2, "家居用品", "Household Items", ["CCCLA"], "material"),
        new(2, "个人护理用具", "Personal Care Appliances", ["CCCLA"], ""),
        new(2, "浴室用品", "Bathroom Accessories", ["CCCLA"], ""),
        new(2, "园林产品", "Garden Products", ["CCCLA"], ""),
        new(2, "宠物用品及食品", "Pet Products and Food", ["CCCLA", "CFNA"], ""),
        new(2, "节日用品", "Festival Products", ["CCCLA"], ""),
        new(2, "礼品及赠品", "Gifts and Premiums", ["CCCLA"], ""),
        new(2, "玻璃工艺品", "Glass Artware", ["CCCLA"], ""),
        new(2, "工艺陶瓷", "Art Ceramics", ["CCCLA"], ""),
        new(2, "钟表眼镜", "Clocks, Watches and Optical Instruments", ["CCCLA"], ""),
        new(2, "家居装饰品", "Home Decorations", ["CCCLA"], ""),
        new(2, "家具", "Furniture", ["CCCLA"], ""),
        new(2, "石及铁制装饰品及户外水疗设施", "Stone and Iron Decorations, Outdoor Spa Equipment", ["CMC"], ""),
        new(2, "编织及藤铁工艺品", "Weaving, Rattan and Iron Products", ["CCCLA"], ""),
        new(3, "玩具", "Toys", ["CCCLA"], "kids"),
        new(3, "孕婴童用品", "Baby and Maternity Products", ["CCCLA"], "kids"),
        new(3, "儿童服装", "Children's Wear", ["CCCT"], "garment"),
        new(3, "男女装", "Men's and Women's Clothing", ["CCCT"], "garment"),
        new(3, "内衣", "Underwear", ["CCCT"], "garment"),
        new(3, "运动服及休闲服", "Sports and Casual Wear", ["CCCT"], "garment"),
        new(3, "裘革皮羽绒及制品", "Fur, Leather, Down and Related Products", ["CCCT"], ""),
        new(3, "服装饰物及配件", "Fashion Accessories and Fittings", ["CCCT"], ""),
        new(3, "纺织原料面料", "Textile Raw Materials and Fabrics", ["CCCT"], ""),
        new(3, "家用纺织品", "Home Textiles", ["CCCT"], ""),
        new(3, "地毯及挂毯", "Carpets and Tapestries", ["CCCT"], ""),
        new(3, "鞋", "Shoes", ["CCCLA"], ""),
        new(3, "箱包", "Cases and Bags", ["CCCLA"], ""),
        new(3, "办公文具", "Office Supplies", ["CCCLA"], ""),
        new(3, "医药及医疗保健", "Medicines, Health Products and Medical Devices", ["CCCMHPIE"], "food"),
        new(3, "食品", "Food", ["CFNA"], "food"),
        new(3, "体育及旅游休闲用品", "Sports, Travel and Recreation Products", ["CCCLA"], ""),
    ];

    private static ZoneTagDefinition Choice(string zh, string en, string[] optionsZh, string[] optionsEn, bool required = false) =>
        new(zh, en, ZoneTagKind.Choice, optionsZh, optionsEn, required);

    private static ZoneTagDefinition Text(string zh, string en, bool required = false) =>
        new(zh, en, ZoneTagKind.Text, [], [], required);

    private static readonly ZoneTagDefinition Certification = Choice("认证", "Certification",
        ["CE", "UL", "FCC", "RoHS", "CCC"], ["CE", "UL", "FCC", "RoHS", "CCC"]);

    private static readonly ZoneTagDefinition Oem = Choice("定制服务", "Customization",
        ["支持OEM", "支持ODM", "不支持定制"], ["OEM", "ODM", "No customization"]);

    public static readonly Dictionary<string, ZoneTagDefinition[]> TagSets = new()
    {
        ["elec"] = [Choice("电压", "Voltage", ["110V", "220V", "110–240V"], ["110V", "220V", "110–240V"], required: true), Text("功率", "Power"), Certification],
        ["light"] = [Choice("光源", "Light source", ["LED", "荧光", "卤素"], ["LED", "Fluorescent", "Halogen"], required: true), Text("色温", "Colour temperature"), Certification],
        ["vehicle"] = [Choice("动力类型", "Drive", ["纯电动", "混合动力", "燃油", "人力"], ["Electric", "Hybrid", "Fuel", "Human-powered"]), Text("适配车型", "Fits models"), Certification],
        ["machine"] = [Text("功率", "Power"), Choice("自动化程度", "Automation", ["全自动", "半自动", "手动"], ["Fully automatic", "Semi-automatic", "Manual"]), Oem],
        ["material"] = [Choice("材质", "Material", ["不锈钢", "铝合金", "陶瓷", "玻璃", "塑料", "木材"], ["Stainless steel", "Aluminium alloy", "Ceramic", "Glass", "Plastic", "Wood"], required: true), Oem],
        ["kids"] = [Choice("适用年龄", "Age range", ["0–3岁", "3–6岁", "6–14岁"], ["0–3 years", "3–6 years", "6–14 years"], required: true), Certification],
        ["garment"] = [Text("成分", "Composition", required: true), Choice("尺码", "Sizes", ["XS–XL", "加大码", "童装尺码"], ["XS–XL", "Plus sizes", "Kids' sizes"]), Oem],
        ["food"] = [Text("保质期", "Shelf life", required: true), Choice("储存方式", "Storage", ["常温", "冷藏", "冷冻"], ["Ambient", "Chilled", "Frozen"])],
    };
}
