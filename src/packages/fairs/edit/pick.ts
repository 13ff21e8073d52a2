/**
 * The WeChat build's map pick and hall-map upload. Neither exists in H5: there is no map key
 * offline, and the local server takes no uploads, so the browser form keeps typed coordinates and
 * an image address.
 */
import Taro from '@tarojs/taro'
import { hallMapCloudPath, type PickedPlace } from './form'

/** Whether this build picks on WeChat's map and uploads to cloud storage. */
export const picksOnMap = () => process.env.TARO_ENV === 'weapp'

/** A tap the person took back (closed the map or the album): no message owed. */
const cancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: unknown })?.errMsg ?? ''))

/** WeChat's map, centred on the coordinates already given; null when the person closes it. */
export async function pickPlace(near: { latitude?: number; longitude?: number }): Promise<PickedPlace | null> {
  try {
    const { latitude, longitude, name, address } = await Taro.chooseLocation(near)
    return { latitude, longitude, name, address }
  } catch (error) {
    if (cancelled(error)) return null
    throw error
  }
}

/** One image from the album or the camera, uploaded to cloud storage: its `cloud://` fileID, or null when the person closes the album. */
export async function uploadHallMap(now: Date = new Date()): Promise<string | null> {
  let filePath: string
  try {
    const { tempFilePaths } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    filePath = tempFilePaths[0]
  } catch (error) {
    if (cancelled(error)) return null
    throw error
  }
  const random = Math.random().toString(36).slice(2, 10)
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath: hallMapCloudPath(filePath, now, random), filePath })
  return fileID
}
