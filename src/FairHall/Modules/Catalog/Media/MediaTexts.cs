using FairHall.Platform.Localization;

namespace FairHall.Modules.Catalog.Media;

internal sealed class MediaTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Nav.Media", "素材库", "Media library"),
        new("Media.Title", "素材库", "Media library"),
        new("Media.Intro", "上传图片和视频，在展品和展示信息中重复使用。图片 JPG/PNG/GIF/BMP/WebP 不超过 2 MB，视频 MP4/MOV/WebM 不超过 150 MB。", "Upload images and videos once and reuse them in products and showcase. Images JPG/PNG/GIF/BMP/WebP up to 2 MB, videos MP4/MOV/WebM up to 150 MB."),
        new("Media.Choose", "选择文件（可多选）", "Choose files (several at once)"),
        new("Media.Upload", "上传", "Upload"),
        new("Media.Uploading", "正在上传…", "Uploading…"),
        new("Media.Progress", "上传进度", "Upload progress"),
        new("Media.Done", "上传完成：成功 {0} 个，失败 {1} 个。", "Upload finished: {0} succeeded, {1} failed."),
        new("Media.Ok", "成功", "Uploaded"),
        new("Media.Failed", "失败", "Failed"),
        new("Media.NetworkError", "网络错误，请重试。", "Network error, please try again."),
        new("Media.NoFiles", "请选择要上传的文件。", "Choose the files to upload."),
        new("Media.All", "全部", "All"),
        new("Media.Images", "图片", "Images"),
        new("Media.Videos", "视频", "Videos"),
        new("Media.Documents", "文档", "Documents"),
        new("Media.Empty", "素材库还没有文件。", "The media library is empty."),
        new("Media.Delete", "删除", "Delete"),
        new("Media.ConfirmDelete", "确定删除该文件吗？", "Delete this file?"),
        new("Media.Deleted", "已删除。", "Deleted."),
        new("Media.More", "更多", "More"),
        new("Media.Library", "打开素材库", "Open the media library"),
        new("Media.PickerEmpty", "素材库中还没有可选的文件，请先上传。", "Nothing to choose yet: upload files to the media library first."),
        new("Media.Main", "主图", "Main"),
        new("Media.Order", "顺序", "Order"),
        new("Media.Earlier", "前移", "Move earlier"),
        new("Media.Later", "后移", "Move later"),
        new("Media.MakeMain", "设为主图", "Make main image"),
        new("Media.OrderNotSaved", "顺序已调整，保存后生效。", "Order changed: save to keep it."),
        new("Media.PickerMax", "最多选择 {0} 个。", "Choose at most {0}."),
        new("error.media_empty", "文件为空。", "The file is empty."),
        new("error.media_type_not_allowed", "文件类型不允许：仅支持 JPG、PNG、GIF、BMP、WebP 图片，MP4、MOV、WebM 视频和 PDF 文档（按文件内容判断，不看扩展名）。", "File type not allowed: only JPG, PNG, GIF, BMP, WebP images, MP4, MOV, WebM videos and PDF documents (judged by the content, not the name)."),
        new("error.media_too_large", "文件过大：图片不超过 2 MB，视频不超过 150 MB，文档不超过 10 MB。", "File too large: images up to 2 MB, videos up to 150 MB, documents up to 10 MB."),
        new("error.media_image_too_big", "图片像素过大（超过 4000 万像素）。", "The image has too many pixels (more than 40 megapixels)."),
        new("error.media_image_invalid", "图片文件头无效或不完整。", "The image header is invalid or incomplete."),
        new("error.media_kind_not_allowed", "此处不接受该类文件。", "This kind of file is not accepted here."),
        new("error.media_too_many_files", "一次最多上传 20 个文件。", "Upload at most 20 files at once."),
        new("error.media_no_files", "请求中没有文件。", "The request contains no files."),
        new("error.media_in_use", "文件正在被展品或展示信息使用，不能删除。", "The file is used by a product or the showcase and cannot be deleted."),
    ];
}
