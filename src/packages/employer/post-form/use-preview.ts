import { useEffect, useRef, useState } from 'react'
import { employerApi, type Preview } from '../../../services/employer'
import { previewInput, type PostDraft } from './form'

/** The local compliance check and the measure-21 hint, fetched a moment after the firm stops typing. */
export function usePreview(draft: PostDraft): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(null)
  const ticket = useRef(0)
  const { headcount, title, duties, other, benefits } = draft
  useEffect(() => {
    const mine = ++ticket.current
    const timer = setTimeout(() => {
      employerApi.preview(previewInput({ headcount, title, duties, other, benefits })).then(
        (p) => mine === ticket.current && setPreview(p),
        () => undefined,
      )
    }, 400)
    return () => clearTimeout(timer)
  }, [headcount, title, duties, other, benefits])
  return preview
}
