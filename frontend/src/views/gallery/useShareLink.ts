import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { copyText } from '@/utils/clipboard'
import { shareUrl } from './galleryModel'

/** Copies this page's address: the server adds the preview (title, picture) when the link is opened or shared. */
export function useShareLink() {
  const { t } = useI18n()

  async function share(): Promise<void> {
    if (await copyText(shareUrl(window.location))) ElMessage.success(t('gallery.shareCopied'))
    else ElMessage.warning(t('gallery.shareFailed'))
  }

  return { share }
}
